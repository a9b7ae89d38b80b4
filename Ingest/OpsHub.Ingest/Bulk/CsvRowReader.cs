using System.Text;

namespace OpsHub.Ingest.Bulk;

/// <summary>
/// Splits RFC 4180 CSV into records: comma-separated, fields optionally in double quotes, a doubled quote inside quotes
/// is one quote, and quoted fields may hold commas and line breaks. Blank lines are skipped.
/// </summary>
internal sealed class CsvRowReader(TextReader reader, int maxRecordChars)
{
    private readonly char[] _buffer = new char[4096];
    private int _length;
    private int _index;
    private int _line = 1;

    /// <summary>The line on which the record being read (or last read) starts.</summary>
    public int RecordStart { get; private set; } = 1;

    public async ValueTask<CsvRow?> ReadAsync(CancellationToken cancellationToken)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var wasQuoted = false;
        var size = 0;
        var start = RecordStart = _line;
        while (true)
        {
            if (_index == _length)
            {
                _length = await reader.ReadAsync(_buffer, cancellationToken);
                _index = 0;
                if (_length == 0)
                {
                    return fields.Count == 0 && field.Length == 0 && !wasQuoted ? null : Finish(fields, field, start);
                }
            }

            var c = _buffer[_index++];
            if (++size > maxRecordChars)
            {
                throw new InvalidDataException($"The CSV record starting on line {start} is longer than {maxRecordChars} characters.");
            }

            if (quoted)
            {
                if (c == '"')
                {
                    if (await PeekAsync(cancellationToken) == '"')
                    {
                        field.Append('"');
                        _index++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    _line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = wasQuoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    wasQuoted = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    _line++;
                    if (fields.Count == 0 && field.Length == 0 && !wasQuoted)
                    {
                        start = RecordStart = _line;
                        size = 0;
                        break;
                    }

                    return Finish(fields, field, start);
                default:
                    field.Append(c);
                    break;
            }
        }
    }

    private static CsvRow Finish(List<string> fields, StringBuilder field, int line)
    {
        fields.Add(field.ToString());
        return new CsvRow(line, fields);
    }

    private async ValueTask<int> PeekAsync(CancellationToken cancellationToken)
    {
        if (_index == _length)
        {
            _length = await reader.ReadAsync(_buffer, cancellationToken);
            _index = 0;
        }

        return _index < _length ? _buffer[_index] : -1;
    }
}
