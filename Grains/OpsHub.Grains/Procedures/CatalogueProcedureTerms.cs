using Microsoft.Extensions.Options;
using OpsHub.Grains.Abstractions.Dossiers;
using OpsHub.Sla.Clock;
using OpsHub.Sla.Deadlines;
using OpsHub.Sla.Procedures;

namespace OpsHub.Grains.Procedures;

/// <summary>Terms from the catalogue file named in <see cref="SlaOptions"/>, read once at start.</summary>
internal sealed class CatalogueProcedureTerms(IOptions<SlaOptions> options) : IProcedureTerms
{
    private readonly AlertPolicy _policy = options.Value.Alerts.ToPolicy();

    public ProcedureCatalogue Catalogue { get; } = ProcedureCatalogueLoader.LoadFile(options.Value.Catalogue.ResolveFile());

    public SlaTerms? For(DossierReceipt receipt)
    {
        if (Catalogue.Find(receipt.ProcedureCode) is not { } procedure)
        {
            return null;
        }

        var slaTerms = SlaTerms.For(procedure, (SubmissionChannel)(int)receipt.Channel, _policy);
        return receipt.ProcessingWorkingDays is { } days
            ? slaTerms with { ProcessingTime = ProcessingTime.WorkingDays(days), SameDayCutoff = null }
            : slaTerms;
    }
}
