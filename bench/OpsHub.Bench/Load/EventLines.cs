using System.Globalization;
using System.Text;

using OpsHub.Bench.Infrastructure;

namespace OpsHub.Bench.Load;

/// <summary>OpsHub event JSON for the benchmark: dossier receipts for a benchmark unit, one per line.</summary>
internal static class EventLines
{
    /// <summary>A receipt of <paramref name="dossierCode"/> at <paramref name="occurredAt"/>, due after <paramref name="workingDays"/>.</summary>
    public static string Receipt(string dossierCode, string unitCode, string procedureCode, DateTimeOffset occurredAt, decimal workingDays) =>
        string.Create(CultureInfo.InvariantCulture,
            $$"""{"type":"dossier.received","dossierCode":"{{dossierCode}}","procedureCode":"{{procedureCode}}","unitCode":"{{unitCode}}","occurredAt":"{{occurredAt.ToUniversalTime():yyyy-MM-ddTHH:mm:ss.fffZ}}","channel":2,"processingWorkingDays":{{workingDays}}}""");

    /// <summary>An NDJSON body of <paramref name="count"/> receipts for the load units, with codes from <paramref name="prefix"/>.</summary>
    public static string Batch(string prefix, long first, int count, DateTimeOffset occurredAt, decimal workingDays)
    {
        var body = new StringBuilder(count * 240);
        for (var i = 0; i < count; i++)
        {
            var n = first + i;
            body.Append(Receipt(Code(prefix, n), BenchUnits.LoadUnit(n), BenchUnits.Procedure(n), occurredAt, workingDays)).Append('\n');
        }

        return body.ToString();
    }

    public static string Code(string prefix, long number) => string.Create(CultureInfo.InvariantCulture, $"{prefix}-{number:D9}");
}
