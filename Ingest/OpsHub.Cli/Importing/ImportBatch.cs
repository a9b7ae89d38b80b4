using System.Text;
using OpsHub.Cli.Sending;

namespace OpsHub.Cli.Importing;

/// <summary>
/// Items gathered for one bulk request, and the way back from the positions OpsHub reports (lines of the body, or
/// array indexes) to the items' places in the file.
/// </summary>
internal sealed class ImportBatch(ImportFormat format, string? csvHeader)
{
    private readonly List<ImportItem> _items = [];
    private readonly Dictionary<int, int> _csvLines = [];

    /// <summary>The items gathered.</summary>
    public IReadOnlyList<ImportItem> Items => _items;

    /// <summary>Characters of the items gathered, an estimate of the body's size.</summary>
    public long Chars { get; private set; }

    /// <summary>Adds <paramref name="item"/>.</summary>
    public void Add(ImportItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        _items.Add(item);
        Chars += item.Text.Length + 1;
    }

    /// <summary>Empties the batch.</summary>
    public void Clear()
    {
        _items.Clear();
        _csvLines.Clear();
        Chars = 0;
    }

    /// <summary>The request that carries the items: NDJSON or a CloudEvents array to the events door, CSV (header first) to the portal door.</summary>
    public BatchRequest ToRequest()
    {
        var body = new StringBuilder((int)Math.Min(Chars + 1024, int.MaxValue / 2));
        switch (format)
        {
            case ImportFormat.CloudEvents:
                body.Append('[').AppendJoin(',', _items.Select(i => i.Text)).Append(']');
                return new BatchRequest(Endpoints.Events, Endpoints.CloudEventsBatch, body.ToString(), _items.Count);
            case ImportFormat.PortalCsv:
                body.Append(csvHeader).Append('\n');
                var line = 2;
                for (var i = 0; i < _items.Count; i++)
                {
                    _csvLines[line] = i;
                    body.Append(_items[i].Text).Append('\n');
                    line += 1 + _items[i].Text.Count(c => c == '\n');
                }

                return new BatchRequest(Endpoints.PortalRecords, Endpoints.Csv, body.ToString(), _items.Count);
            default:
                body.AppendJoin('\n', _items.Select(i => i.Text)).Append('\n');
                return new BatchRequest(Endpoints.Events, Endpoints.Ndjson, body.ToString(), _items.Count);
        }
    }

    /// <summary>The item OpsHub means by <paramref name="position"/> in its answer to <see cref="ToRequest"/>, or <c>null</c>.</summary>
    public ImportItem? ItemAt(int position)
    {
        var index = format switch
        {
            ImportFormat.CloudEvents => position,
            ImportFormat.PortalCsv => _csvLines.TryGetValue(position, out var i) ? i : -1,
            _ => position - 1,
        };
        return index >= 0 && index < _items.Count ? _items[index] : null;
    }
}
