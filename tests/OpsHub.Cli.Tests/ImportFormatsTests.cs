using OpsHub.Cli.Importing;

namespace OpsHub.Cli.Tests;

public sealed class ImportFormatsTests
{
    [Theory]
    [InlineData("hoso.csv", '{', "portal-csv")]
    [InlineData("day.ndjson", '[', "ndjson")]
    [InlineData("day.jsonl", null, "ndjson")]
    [InlineData("batch.json", '[', "cloudevents")]
    [InlineData("one.json", '{', "ndjson")]
    [InlineData(null, '[', "cloudevents")]
    [InlineData(null, '{', "ndjson")]
    [InlineData(null, 'M', "portal-csv")]
    [InlineData(null, null, "ndjson")]
    public void InfersTheFormatWhenNotGiven(string? path, char? first, string expected) =>
        ImportFormats.Name(ImportFormats.Infer(path, first)).ShouldBe(expected);

    [Theory]
    [InlineData("\uFEFF  \n[", '[')]
    [InlineData("\r\n\t{", '{')]
    [InlineData("   ", null)]
    public void FindsTheFirstNonBlankCharacterAfterAByteOrderMark(string text, char? expected) =>
        ImportFormats.FirstChar(System.Text.Encoding.UTF8.GetBytes(text)).ShouldBe(expected);
}
