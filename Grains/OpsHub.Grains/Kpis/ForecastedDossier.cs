using OpsHub.Sla.Kpis;

namespace OpsHub.Grains.Kpis;

/// <summary>An open dossier and its breach forecast.</summary>
public sealed record ForecastedDossier(DossierWatch Dossier, BreachForecast Forecast);
