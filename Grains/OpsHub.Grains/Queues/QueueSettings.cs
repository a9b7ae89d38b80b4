using System.Collections.Immutable;
using Microsoft.Extensions.Options;
using OpsHub.Grains.Abstractions.Organisation;
using OpsHub.Grains.Procedures;
using OpsHub.Sla.Queues;

namespace OpsHub.Grains.Queues;

/// <summary>What the queue grains read from configuration: the policy, each shop's counters, field names.</summary>
public sealed class QueueSettings(IOptionsMonitor<QueueOptions> options, IOptionsMonitor<OrganisationOptions> organisation, IProcedureTerms terms)
{
    public QueuePolicy Policy => options.CurrentValue.ToPolicy();

    /// <summary>The counters of <paramref name="unitCode"/> and the fields each serves.</summary>
    public QueueLayout LayoutOf(string unitCode) =>
        organisation.CurrentValue.Find(unitCode) is { } unit
            ? new QueueLayout(unit.Counters.ToImmutableDictionary(c => c.Code, c => c.Fields.ToImmutableArray(), StringComparer.Ordinal))
            : QueueLayout.Empty;

    /// <summary>The configured counter, if any.</summary>
    public CounterInfo? CounterOf(string unitCode, string counter) => organisation.CurrentValue.Find(unitCode)?.FindCounter(counter);

    /// <summary>The Vietnamese name of a field, or its code.</summary>
    public string FieldName(string field) =>
        terms.Catalogue.Fields.FirstOrDefault(f => string.Equals(f.Code, field, StringComparison.Ordinal))?.NameVi ?? field;
}
