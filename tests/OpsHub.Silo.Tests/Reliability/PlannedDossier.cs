using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace OpsHub.Silo.Tests.Reliability;

/// <summary>
/// One dossier of a reliability run: the events a source sends for it, in order (each serialised once, so a resend
/// is byte-identical and the journal recognises it), and the alerts it must end with.
/// </summary>
/// <remarks>
/// Every dossier is received on Friday 20/11/2026 at 15:00 with two working days, so it was due on Tuesday 24/11 at
/// 15:00 and all five alerts of its first cycle are long due when it arrives: they are raised at once. An apology
/// (issued on 24/11 at 10:00) promises an instant during the run, so its overdue alerts fall due while the harness
/// kills and restarts silos and are raised by a wake-up. A completion (on 23/11) resolves what the receipt raised.
/// </remarks>
internal sealed record PlannedDossier(string Code, DossierShape Shape, ImmutableArray<string> Payloads, ImmutableArray<string> ExpectedAlertKeys, DateTimeOffset? PromisedAt)
{
    private const string ReceivedAt = "2026-11-20T15:00:00+07:00";
    private const string ApologyAt = "2026-11-24T10:00:00+07:00";
    private const string CompletedAt = "2026-11-23T10:00:00+07:00";

    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);
    private static readonly TimeOnly Opening = new(7, 0);

    /// <summary>The first cycle's alerts of a dossier due on 24/11 15:00, all reached before the run starts.</summary>
    public static readonly ImmutableArray<string> FirstCycleKeys =
        ["c1/t0/warning-50", "c1/t0/warning-75", "c1/t0/due-today", "c1/t0/overdue", "c1/t0/late-without-apology"];

    public bool StaysOpen => Shape != DossierShape.Completed;

    /// <summary>
    /// <paramref name="count"/> dossiers in a seeded mix: 40% received only, 30% with an apology promising an instant
    /// between <paramref name="promisesFrom"/> and <paramref name="promisesUntil"/>, 30% completed.
    /// </summary>
    public static IReadOnlyList<PlannedDossier> Plan(int count, Random random, string prefix, DateTimeOffset promisesFrom, DateTimeOffset promisesUntil)
    {
        var spread = (promisesUntil - promisesFrom).TotalMilliseconds;
        var dossiers = new List<PlannedDossier>(count);
        for (var i = 0; i < count; i++)
        {
            var code = $"{prefix}-{i:D5}";
            var roll = random.NextDouble();
            var received = Serialize(Infrastructure.Events.Received(code, ReceivedAt, 2));
            if (roll < 0.4)
            {
                dossiers.Add(new(code, DossierShape.ReceivedOnly, [received], FirstCycleKeys, null));
            }
            else if (roll < 0.7)
            {
                // Whole seconds, so the instant the source sends is the instant the clock keeps.
                var promised = promisesFrom.AddMilliseconds(random.NextDouble() * spread);
                promised = new DateTimeOffset(promised.Ticks - (promised.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
                var apology = Serialize(new
                {
                    type = "dossier.apology-issued",
                    dossierCode = code,
                    occurredAt = ApologyAt,
                    promisedAt = promised.ToOffset(VietnamOffset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
                });
                dossiers.Add(new(code, DossierShape.Apologised, [received, apology], [.. FirstCycleKeys, .. ApologyKeys(promised)], promised));
            }
            else
            {
                dossiers.Add(new(code, DossierShape.Completed, [received, Serialize(Infrastructure.Events.Completed(code, CompletedAt))], FirstCycleKeys, null));
            }
        }

        return dossiers;
    }

    /// <summary>
    /// The apology's target: due today at the opening of the promised day when that falls between the apology and
    /// the promise, then overdue and late without apology (no grace by default) at the promised instant.
    /// </summary>
    private static IEnumerable<string> ApologyKeys(DateTimeOffset promised)
    {
        var local = promised.ToOffset(VietnamOffset);
        var opening = new DateTimeOffset(DateOnly.FromDateTime(local.DateTime).ToDateTime(Opening), VietnamOffset);
        if (opening > Infrastructure.Events.At(ApologyAt) && opening < promised)
        {
            yield return "c1/t1/due-today";
        }

        yield return "c1/t1/overdue";
        yield return "c1/t1/late-without-apology";
    }

    private static string Serialize(object body) => JsonSerializer.Serialize(body);
}
