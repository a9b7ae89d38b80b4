using System.Globalization;
using OpsHub.Ingest.Envelopes;
using OpsHub.Ingest.Events;

namespace OpsHub.Ingest.Portal;

/// <summary>
/// Maps one portal record onto the events it implies, in order: the receipt, then the move to its current status.
/// Ids are <c>portal:{MaHoSo}:{status}:{yyyyMMddHHmmss}</c>, so a record sent again (or a later record of the same
/// dossier, which implies the same receipt) yields duplicates, not new events. The sequence is the portal status, which
/// orders the events of a dossier when the portal gives them the same instant.
/// </summary>
public static class PortalRecordMapper
{
    /// <summary>The default <see cref="IngestEnvelope.Source"/> of portal records.</summary>
    public const string DefaultSource = "dvcqg";

    /// <summary>The events <paramref name="record"/> implies, each in an envelope from <paramref name="source"/>.</summary>
    public static IReadOnlyList<IngestEnvelope> Map(PortalRecord record, string source = DefaultSource)
    {
        var events = new List<(int Status, IngestEvent Event)>();
        var code = record.DossierCode;
        switch (record.Status)
        {
            case 1:
                events.Add((1, new DossierStatusChanged(code, (record.SubmittedAt ?? record.ReceivedAt ?? record.DecidedAt)!.Value, 1)));
                break;
            case 3:
                events.Add((3, new DossierStatusChanged(code, (record.DecidedAt ?? record.ReceivedAt ?? record.SubmittedAt)!.Value, 3)));
                break;
            default:
                var received = record.ReceivedAt!.Value;
                events.Add((2, new DossierReceived(code, received, record.ProcedureCode!, record.UnitCode!, null, record.Channel)));
                AddLaterStates(record, received, events);
                break;
        }

        return [.. events.Select(e => new IngestEnvelope(source, IdOf(code, e.Status, e.Event.OccurredAt), e.Status, e.Event))];
    }

    /// <summary>The deterministic id of the event moving <paramref name="dossierCode"/> to <paramref name="status"/> at <paramref name="at"/>.</summary>
    public static string IdOf(string dossierCode, int status, DateTimeOffset at) =>
        string.Create(CultureInfo.InvariantCulture, $"portal:{dossierCode}:{status}:{PortalDate.ToText(at)}");

    private static void AddLaterStates(PortalRecord record, DateTimeOffset received, List<(int, IngestEvent)> events)
    {
        var code = record.DossierCode;
        switch (record.Status)
        {
            case 9:
                events.Add((9, new DossierStatusChanged(code, record.DecidedAt!.Value, 9)));
                break;
            case 10:
                var returned = record.ReturnedAt!.Value;
                events.Add((9, new DossierStatusChanged(code, record.DecidedAt ?? returned, 9)));
                events.Add((10, new DossierStatusChanged(code, returned, 10)));
                break;
            case >= 4:
                // The portal sends no instant for entering 4–8; the end of processing (for 7 and 8) or the receipt is the best known.
                events.Add((record.Status, new DossierStatusChanged(code, record.DecidedAt ?? received, record.Status)));
                break;
            default:
                break;
        }
    }
}
