namespace OpsHub.Silo.Tests.Hostile;

/// <summary>The cases of hostile-corpus.ndjson, copied next to the test assembly.</summary>
internal static class HostileCorpus
{
    public const string FileName = "hostile-corpus.ndjson";

    private static readonly Lazy<IReadOnlyDictionary<string, CorpusCase>> Loaded = new(() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Hostile", FileName))
            .Where(line => line.Length > 0)
            .Select(CorpusCase.Parse)
            .ToDictionary(c => c.Id, StringComparer.Ordinal));

    public static IReadOnlyCollection<CorpusCase> All => [.. Loaded.Value.Values];

    public static CorpusCase Get(string id) => Loaded.Value[id];
}
