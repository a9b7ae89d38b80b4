using OpsHub.Sla.Procedures;

namespace OpsHub.Sla.Tests.Procedures;

/// <summary>The procedure catalogue the build copies next to the binaries, loaded the way a host loads it.</summary>
internal static class ShippedProcedures
{
    public static ProcedureCatalogue Catalogue { get; } = ProcedureCatalogueLoader.LoadFile(new ProcedureCatalogueOptions().ResolveFile());
}
