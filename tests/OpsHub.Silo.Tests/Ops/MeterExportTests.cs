using System.Diagnostics.Metrics;
using OpsHub.Silo.Metrics;

namespace OpsHub.Silo.Tests.Ops;

public sealed class MeterExportTests
{
    [Theory]
    [InlineData("Npgsql", "db.client.connection.count", true, true)]
    [InlineData("Npgsql", "db.client.operation.duration", false, false)]
    [InlineData("Microsoft.Orleans", "orleans-catalog-activations", true, true)]
    [InlineData("Microsoft.Orleans", "orleans-messaging-processing-dispatcher-processed", false, true)]
    [InlineData("Microsoft.Orleans", "orleans-messaging-processing-dispatcher-received", false, true)]
    [InlineData("Microsoft.Orleans", "orleans-app-requests-latency", false, false)]
    [InlineData("Microsoft.Orleans", "orleans-storage-write-latency", false, false)]
    [InlineData("System.Runtime", "dotnet.gc.heap.total_allocated", true, true)]
    [InlineData("Microsoft.AspNetCore.Hosting", "http.server.request.duration", false, true)]
    [InlineData("Private.InternalDiagnostics.System.Net.Quic", "quic.connections", false, false)]
    public void ExportsAnInstrumentWhenItIsReadPerScrapeOrNotRecordedPerCommand(string meter, string instrument, bool observable, bool exported)
    {
        using var owner = new Meter(meter);
        Instrument created = observable ? owner.CreateObservableGauge(instrument, () => 1) : owner.CreateCounter<long>(instrument);

        MeterExport.Exports(created).ShouldBe(exported);
    }
}
