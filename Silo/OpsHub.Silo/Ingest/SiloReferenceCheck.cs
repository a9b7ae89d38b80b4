using Microsoft.Extensions.Options;
using OpsHub.Grains.Abstractions.Organisation;
using OpsHub.Grains.Procedures;
using OpsHub.Ingest;
using OpsHub.Ingest.Events;
using OpsHub.Ingest.Events.Counters;
using OpsHub.Sla.Queues;

namespace OpsHub.Silo.Ingest;

/// <summary>Refuses at the door events naming units, counters, procedures, fields or priority categories this deployment does not know.</summary>
internal sealed class SiloReferenceCheck(
    IOptionsMonitor<OrganisationOptions> organisation,
    IProcedureTerms procedures,
    IOptionsMonitor<QueueOptions> queues,
    Npgsql.NpgsqlDataSource db) : IIngestReferenceCheck
{
    public string? FindProblem(IngestRecord record) => record switch
    {
        DossierReceived r when Unit(r.UnitCode) is null => UnknownUnit(r.UnitCode),
        DossierReceived r when procedures.Catalogue.Find(r.ProcedureCode) is null =>
            $"Procedure '{r.ProcedureCode}' is not in the procedure catalogue ({procedures.Catalogue.Source}).",
        DossierReceived { CounterCode: { } counter } r => CounterProblem(Unit(r.UnitCode)!, counter),
        QueueEvent q when Unit(q.UnitCode) is null => UnknownUnit(q.UnitCode),
        QueueEvent q => QueueProblem(Unit(q.UnitCode)!, q),
        _ => null,
    };

    public string? FindScopeProblem(IngestRecord record, IReadOnlyCollection<string> units, IReadOnlyDictionary<string, string> dossierUnits)
    {
        var unit = record switch
        {
            DossierReceived r => r.UnitCode,
            QueueEvent q => q.UnitCode,
            IngestEvent e => dossierUnits.GetValueOrDefault(e.DossierCode),
            _ => null,
        };
        if (unit is null)
        {
            return null;
        }

        return organisation.CurrentValue.IsWithin(unit, units)
            ? null
            : $"This source may write only for {string.Join(", ", units)} and the units below (OpsHub:Ingest:Sources:*:Units); '{unit}' is not among them.";
    }

    public async Task<IReadOnlyDictionary<string, string>> FindDossierUnitsAsync(IReadOnlyCollection<string> dossierCodes, CancellationToken cancellationToken)
    {
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        if (dossierCodes.Count == 0)
        {
            return units;
        }

        // The unit ledger has a row for every received dossier from its receipt on (its key starts with the code).
        await using var command = db.CreateCommand("select distinct on (dossier_code) dossier_code, unit_code from opshub_unit_ledger where dossier_code = any($1)");
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = dossierCodes.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            units[reader.GetString(0)] = reader.GetString(1);
        }

        return units;
    }

    private UnitInfo? Unit(string code) => organisation.CurrentValue.Find(code);

    private string? QueueProblem(UnitInfo unit, QueueEvent q) => q switch
    {
        CounterOpened o => CounterProblem(unit, o.CounterCode),
        CounterClosed c => CounterProblem(unit, c.CounterCode),
        TicketProgressed p => CounterProblem(unit, p.CounterCode),
        TicketTransferred t => CounterProblem(unit, t.CounterCode) ?? CounterProblem(unit, t.ToCounterCode),
        TicketIssued t => (t.CounterCode is { } c ? CounterProblem(unit, c) : null) ?? FieldProblem(t.FieldCode) ?? PriorityProblem(t.PriorityCategory),
        _ => null,
    };

    private static string? CounterProblem(UnitInfo unit, string counter) =>
        unit.FindCounter(counter) is null
            ? $"Counter '{counter}' is not a counter of unit '{unit.Code}' (OpsHub:Organisation:Units:{unit.Code}:Counters lists {(unit.Counters.Count == 0 ? "none" : string.Join(", ", unit.Counters.Select(c => c.Code)))})."
            : null;

    private string? FieldProblem(string? field) =>
        field is null || procedures.Catalogue.Fields.Any(f => string.Equals(f.Code, field, StringComparison.Ordinal))
            ? null
            : $"Field '{field}' is not a field of the procedure catalogue ({string.Join(", ", procedures.Catalogue.Fields.Select(f => f.Code))}).";

    private string? PriorityProblem(string? category) =>
        category is null || queues.CurrentValue.PriorityCategories.Contains(category)
            ? null
            : $"'{category}' is not a priority category (OpsHub:Queues:PriorityCategories: {string.Join(", ", queues.CurrentValue.PriorityCategories)}).";

    private static string UnknownUnit(string code) => $"Unit '{code}' is not in the organisation's configuration (OpsHub:Organisation:Units).";
}
