using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpsHub.Grains.Abstractions.Alerts;
using OpsHub.Sla.Alerts;
using Orleans.Concurrency;

namespace OpsHub.Grains.Alerts;

/// <summary>Lists a user's alerts and records acknowledgements; stateless, the alerts live in the store.</summary>
[StatelessWorker]
internal sealed class AlertDeskGrain(
    IAlertStore store,
    Kpis.KpiNotifier kpis,
    IOptionsMonitor<AlertOptions> options,
    [FromKeyedServices(SlaClock.Key)] TimeProvider clock) : Grain, IAlertDeskGrain
{
    public async Task<ImmutableArray<AlertRecord>> ListForUserAsync(string userName, AlertFilter filter)
    {
        var routes = options.CurrentValue;
        var units = routes.District.Contains(userName) ? null : routes.Units.Keys.Where(u => routes.MaySee(userName, u)).ToArray();
        if (units is { Length: 0 })
        {
            return [];
        }

        // Read a generous page and keep what is routed to the user at its level; storms stay bounded by the limit.
        var page = await store.ListAsync(new AlertQuery(filter.UnitCode, false, Math.Clamp(filter.Limit * 4, 1, 2000), units, filter.State));
        return [.. page
            .Where(a => filter.Severity is null || a.Severity == filter.Severity)
            .Where(a => routes.Recipients(AlertRouting.SubjectOf(a), a.EscalationLevel).Contains(userName))
            .Take(filter.Limit)];
    }

    public async Task<AcknowledgeResult> AcknowledgeAsync(string alertId, string userName, string? note)
    {
        var alert = await store.GetAsync(alertId);
        if (alert is null)
        {
            return new AcknowledgeResult(AcknowledgeOutcome.NotFound, null);
        }

        if (!options.CurrentValue.Recipients(AlertRouting.SubjectOf(alert), alert.EscalationLevel).Contains(userName))
        {
            return new AcknowledgeResult(AcknowledgeOutcome.Forbidden, alert);
        }

        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(note.Trim().Length, 1000)];
        var stored = await store.AcknowledgeAsync(alertId, userName, trimmed, clock.GetUtcNow());
        if (stored is null)
        {
            return new AcknowledgeResult(AcknowledgeOutcome.Conflict, await store.GetAsync(alertId));
        }

        await kpis.ChangedAsync(stored.UnitCode);
        return new AcknowledgeResult(AcknowledgeOutcome.Acknowledged, stored);
    }

    public Task<ImmutableArray<string>> RecipientsAsync(AlertRecord alert) =>
        Task.FromResult<ImmutableArray<string>>([.. options.CurrentValue.Recipients(AlertRouting.SubjectOf(alert), alert.EscalationLevel)]);
}
