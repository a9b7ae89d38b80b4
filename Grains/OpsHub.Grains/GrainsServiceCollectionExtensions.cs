using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpsHub.Grains.Alerts;
using OpsHub.Grains.Calendars;
using OpsHub.Grains.Kpis;
using OpsHub.Grains.Metrics;
using OpsHub.Grains.Procedures;
using OpsHub.Grains.Queues;
using OpsHub.Grains.Scheduling;
using OpsHub.Grains.Units;
using Microsoft.Extensions.Options;
using OpsHub.Sla.Calendar;
using OpsHub.Sla.Calendar.Holidays;
using OpsHub.Sla.Calendar.Lunar;
using OpsHub.Sla.Kpis;
using OpsHub.Sla.Queues;
using Orleans.Configuration;

namespace OpsHub.Grains;

/// <summary>Registers what OpsHub's grains need on a silo.</summary>
public static class GrainsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the SLA clock, calendars, alert store and wake-up scheduler. Expects an <c>NpgsqlDataSource</c> and an
    /// <see cref="Units.IUnitMetrics"/> to be registered by the host.
    /// </summary>
    public static IServiceCollection AddOpsHubGrains(this IServiceCollection services)
    {
        services.TryAddKeyedSingleton(SlaClock.Key, TimeProvider.System);
        services.AddOptions<HolidayTableOptions>().BindConfiguration("OpsHub:Holidays").Validate(Checked<HolidayTableOptions>(o => o.Validate())).ValidateOnStart();
        services.AddOptions<ComputedHolidayOptions>().BindConfiguration("OpsHub:Holidays:Computed").Validate(Checked<ComputedHolidayOptions>(o => o.Validate())).ValidateOnStart();
        services.TryAddSingleton(sp => new HolidayTableStore(sp.GetRequiredService<IOptions<HolidayTableOptions>>().Value, TimeProvider.System));
        services.TryAddSingleton(sp => new ComputedHolidays(sp.GetRequiredService<IOptions<ComputedHolidayOptions>>().Value, VietnameseLunarCalendar.Instance));
        services.TryAddSingleton<IHolidayCalendar>(sp => new VietnamHolidayCalendar(sp.GetRequiredService<HolidayTableStore>(), sp.GetRequiredService<ComputedHolidays>()));
        services.TryAddSingleton<IWorkCalendarProvider, DefaultWorkCalendarProvider>();
        services.AddOptions<SlaOptions>().BindConfiguration(SlaOptions.Section)
            .Validate(Checked<SlaOptions>(o =>
            {
                o.Catalogue.Validate();
                o.Alerts.Validate();
            }))
            .ValidateOnStart();
        services.TryAddSingleton<IProcedureTerms, CatalogueProcedureTerms>();
        services.AddOptions<QueueOptions>().BindConfiguration(QueueOptions.Section).Validate(Checked<QueueOptions>(o => o.Validate())).ValidateOnStart();
        services.TryAddSingleton<QueueSettings>();
        services.TryAddSingleton<AlertMetrics>();
        services.TryAddSingleton<QueueMetrics>();
        services.TryAddSingleton<SlaMetrics>();
        services.TryAddSingleton<IAlertStore, PostgresAlertStore>();
        services.AddOptions<Sla.Alerts.AlertOptions>().BindConfiguration(Sla.Alerts.AlertOptions.Section)
            .Validate(Checked<Sla.Alerts.AlertOptions>(o => o.Validate())).ValidateOnStart();
        services.TryAddSingleton<Storage.DerivedWrites>();

        // A dossier is an activation only while something happens to it: its state is in PostgreSQL and its next
        // deadline in the wake-up table, so an idle dossier leaves memory after OpsHub:Dossiers:IdleActivationAge
        // (default 2 minutes) rather than Orleans' default. Memory then follows the event rate, not the open dossiers.
        // Orleans deactivates, every collection quantum, all the activations last used within one quantum of each other,
        // at once: with its default of a minute, a minute of applying (60,000 dossiers at 1,000/s) left memory in one
        // burst that held back the deadlines falling meanwhile by seconds (BENCHMARKS.md, run 7). A quantum of 5 s
        // deactivates the same number in bursts twelve times smaller.
        var dossierGrain = typeof(Dossiers.DossierGrain).FullName!;
        services.AddOptions<GrainCollectionOptions>()
            .Configure<IConfiguration>((options, configuration) =>
            {
                options.CollectionQuantum = configuration.GetValue("OpsHub:Dossiers:CollectionQuantum", TimeSpan.FromSeconds(5));
                options.ClassSpecificCollectionAge[dossierGrain] = configuration.GetValue("OpsHub:Dossiers:IdleActivationAge", TimeSpan.FromMinutes(2));
            })
            .Validate(
                options => options.CollectionQuantum > TimeSpan.Zero && options.ClassSpecificCollectionAge[dossierGrain] >= options.CollectionQuantum,
                "OpsHub:Dossiers:CollectionQuantum must be positive, and OpsHub:Dossiers:IdleActivationAge at least as long.")
            .ValidateOnStart();
        services.TryAddSingleton<IWakeupStore, PostgresWakeupStore>();
        services.TryAddSingleton<IUnitLedger, PostgresUnitLedger>();
        services.AddOptions<UnitLedgerOptions>().BindConfiguration(UnitLedgerOptions.Section)
            .Validate(o => o.IsValid, "OpsHub:Ledger:RollUpInterval and RollUpBatch must be positive.")
            .ValidateOnStart();
        services.AddHostedService<UnitLedgerRollup>();
        services.TryAddSingleton<IKpiStore, PostgresKpiStore>();
        services.TryAddSingleton<IDossierWatchStore, PostgresDossierWatchStore>();
        services.TryAddSingleton<DossierWatcher>();
        services.AddOptions<BreachForecastOptions>().BindConfiguration(BreachForecastOptions.Section).Validate(Checked<BreachForecastOptions>(o => o.Validate())).ValidateOnStart();
        services.AddOptions<Score766Options>().BindConfiguration(Score766Options.Section).Validate(Checked<Score766Options>(o => o.Validate())).ValidateOnStart();
        services.TryAddSingleton<UnitForecaster>();
        services.TryAddSingleton<UnitKpiReader>();
        services.TryAddSingleton<KpiNotifier>();
        services.AddOptions<WakeupOptions>().BindConfiguration(WakeupOptions.Section)
            .Validate(o => o.RefreshInterval > TimeSpan.Zero && o.Horizon > o.RefreshInterval, "OpsHub:Wakeups:Horizon must exceed RefreshInterval, which must be positive.")
            .Validate(o => o.BatchLimit > 0 && o.MaxConcurrentWakes > 0, "OpsHub:Wakeups:BatchLimit and MaxConcurrentWakes must be positive.")
            .ValidateOnStart();
        services.AddSingleton<WakeupScheduler>();
        services.AddSingleton<IWakeupScheduler>(sp => sp.GetRequiredService<WakeupScheduler>());
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<WakeupScheduler>());
        services.AddSingleton<WakeupFailover>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<WakeupFailover>());
        return services;
    }

    // The options classes validate themselves by throwing, with a message naming the setting; let it surface.
    private static Func<T, bool> Checked<T>(Action<T> validate) => options =>
    {
        validate(options);
        return true;
    };
}
