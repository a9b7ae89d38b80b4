using OpsHub.Grains.Abstractions.Organisation;
using OpsHub.Grains.Procedures;
using OpsHub.Sla.Kpis;

namespace OpsHub.Grains.Kpis;

/// <summary>What turning KPI counts into screens needs: names from the catalogue and the organisation, and the 766 policy.</summary>
internal sealed record KpiViewContext(IProcedureTerms Terms, OrganisationOptions Organisation, Score766Policy Score766);
