using System.Text.Json;
using OpsHub.Ingest.Bulk;
using OpsHub.Ingest.CloudEvents;
using OpsHub.Ingest.Envelopes;
using OpsHub.Ingest.Events.Parsing;
using OpsHub.Ingest.Portal;

namespace OpsHub.Ingest.Tests.Docs;

public sealed class DocsExamplesTests
{
    private static readonly string Examples = FindExamples();

    public static TheoryData<string> JsonFiles => [.. Directory.GetFiles(Examples, "*.json").Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(JsonFiles))]
    public void ParsesEveryItemWhenReadingADocsExample(string file)
    {
        var json = Json.Parse(File.ReadAllText(Path.Combine(Examples, file)));

        var results = file.StartsWith("portal-", StringComparison.Ordinal) ? PortalRecordReader.Read(json)
            : json.ValueKind == JsonValueKind.Array ? CloudEventReader.ReadBatch(json)
            : [CloudEventReader.Read(json)];

        results.ShouldNotBeEmpty();
        results.ShouldAllBe(r => r is ItemAccepted, string.Join(" | ", results.OfType<ItemRejected>().Select(r => r.Reason)));
    }

    [Fact]
    public void CoversEveryTypeWhenExamplesAreCounted()
    {
        var types = Directory.GetFiles(Examples, "*.json")
            .Select(f => Json.Parse(File.ReadAllText(f)))
            .Where(j => j.ValueKind == JsonValueKind.Object && j.TryGetProperty("type", out _))
            .Select(j => j.GetProperty("type").GetString());

        types.ShouldBe(RecordTypes.CloudEventTypes, ignoreOrder: true);
    }

    [Fact]
    public async Task ParsesEveryRowWhenReadingTheSampleCsv()
    {
        await using var stream = File.OpenRead(Path.Combine(Examples, "portal-records.csv"));
        var results = new List<ItemResult>();
        await foreach (var result in CsvPortalReader.ReadAsync(stream, cancellationToken: TestContext.Current.CancellationToken))
        {
            results.Add(result);
        }

        results.Count.ShouldBe(4);
        results.ShouldAllBe(r => r is ItemAccepted, string.Join(" | ", results.OfType<ItemRejected>().Select(r => r.Reason)));
    }

    private static string FindExamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "docs", "events", "examples");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("docs/events/examples not found above the test output.");
    }
}
