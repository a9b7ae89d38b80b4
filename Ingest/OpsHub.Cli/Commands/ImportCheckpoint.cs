using System.Text.Json;

namespace OpsHub.Cli.Commands;

/// <summary>
/// The last item of an input OpsHub answered for, kept in <c>&lt;file&gt;.opshub-import</c>. Written atomically
/// (temporary file, then rename); a lost or stale checkpoint only re-sends items OpsHub answers as duplicates.
/// </summary>
/// <param name="Line">The position of the last item OpsHub answered for: a line number (NDJSON, CSV) or a 1-based array place (CloudEvents); 0 for none.</param>
/// <param name="UpdatedAt">When it was written.</param>
internal sealed record ImportCheckpoint(long Line, DateTimeOffset UpdatedAt)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Reads the checkpoint at <paramref name="path"/>; <c>null</c> when there is none.</summary>
    /// <exception cref="InvalidDataException">The file exists but is not a checkpoint.</exception>
    public static ImportCheckpoint? Load(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var checkpoint = JsonSerializer.Deserialize<ImportCheckpoint>(File.ReadAllText(path), Json);
            return checkpoint is { Line: >= 0 } ? checkpoint : throw new InvalidDataException($"Checkpoint '{path}' has no valid line.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Checkpoint '{path}' is not readable ({e.Message}); delete it or run with --restart.", e);
        }
    }

    /// <summary>Writes this checkpoint to <paramref name="path"/>.</summary>
    public void Save(string path)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, Json));
        File.Move(temporary, path, overwrite: true);
    }
}
