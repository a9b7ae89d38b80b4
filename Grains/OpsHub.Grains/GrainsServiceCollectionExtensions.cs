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

        // A dossier is an activation only while something happens to it, or its next deadline is near
        // (DossierActivationOptions).
        services.AddOptions<Dossiers.DossierActivationOptions>().BindConfiguration(Dossiers.DossierActivationOptions.Section)
            .Validate(
                o => o.IsValid,
                "OpsHub:Dossiers:CollectionQuantum must be positive, IdleActivationAge at least as long, and HoldBeforeWakeUp not negative.")
            .ValidateOnStart();
        var dossierGrain = typeof(Dossiers.DossierGrain).FullName!;
        services.AddOptions<GrainCollectionOptions>()
            .Configure<IOptions<Dossiers.DossierActivationOptions>>((options, dossiers) =>
            {
                options.CollectionQuantum = dossiers.Value.CollectionQuantum;
                options.ClassSpecificCollectionAge[dossierGrain] = dossiers.Value.IdleActivationAge;
            });
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
