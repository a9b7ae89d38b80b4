using System.Text.Json.Nodes;

namespace OpsHub.Silo.Tests.Ops;

/// <summary>
/// The silo's garbage collector as its build configures it for the runtime: server GC without dynamic adaptation
/// (DATAS), whose small first generation made a busy door's collections copy every event in flight (BENCHMARKS.md,
/// run 15). The silo project's runtimeconfig.json is copied beside this test assembly, which references it.
/// </summary>
public sealed class SiloRuntimeConfigTests
{
    [Fact]
    public void TheSiloRunsServerGcWithoutDynamicAdaptation()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "OpsHub.Silo.runtimeconfig.json");
        var properties = JsonNode.Parse(File.ReadAllText(path))!["runtimeOptions"]!["configProperties"]!;

        properties["System.GC.Server"]!.GetValue<bool>().ShouldBeTrue();
        properties["System.GC.DynamicAdaptationMode"]!.GetValue<int>().ShouldBe(0);
    }
}
