using System.Globalization;

namespace OpsHub.Cli.Arguments;

/// <summary>
/// The options and operands of one command, read against the options it knows. Accepts <c>--name value</c>,
/// <c>--name=value</c> and flags; <c>-</c> alone is an operand (standard input); <c>--</c> ends the options.
/// </summary>
internal sealed class ParsedArguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly string _command;

    private ParsedArguments(string command) => _command = command;

    /// <summary>The operands, in order.</summary>
    public List<string> Operands { get; } = [];

    /// <summary>Whether <c>--help</c> or <c>-h</c> was given.</summary>
    public bool Help { get; private set; }

    /// <summary>Reads <paramref name="args"/>; <paramref name="valued"/> take a value, <paramref name="flags"/> do not.</summary>
    /// <exception cref="UsageException">An option is unknown, repeated, or lacks its value.</exception>
    public static ParsedArguments Read(string command, IReadOnlyList<string> args, IReadOnlyCollection<string> valued, IReadOnlyCollection<string> flags)
    {
        var parsed = new ParsedArguments(command);
        var onlyOperands = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (onlyOperands || arg == "-" || !arg.StartsWith('-'))
            {
                parsed.Operands.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                onlyOperands = true;
                continue;
            }

            if (arg is "-h" or "--help" or "-?")
            {
                parsed.Help = true;
                continue;
            }

            var split = arg.IndexOf('=', StringComparison.Ordinal);
            var name = split > 0 ? arg[..split] : arg;
            string? value = split > 0 ? arg[(split + 1)..] : null;
            if (flags.Contains(name))
            {
                if (value is not null)
                {
                    throw new UsageException($"{name} takes no value (got '{arg}').", command);
                }
            }
            else if (valued.Contains(name))
            {
                if (value is null)
                {
                    if (i + 1 >= args.Count || (args[i + 1].StartsWith("--", StringComparison.Ordinal) && args[i + 1].Length > 2))
                    {
                        throw new UsageException($"{name} needs a value.", command);
                    }

                    value = args[++i];
                }
            }
            else
            {
                var known = string.Join(", ", valued.Concat(flags).Order(StringComparer.Ordinal));
                throw new UsageException($"Unknown option '{name}' for '{command}'. Known options: {known}, --help.", command);
            }

            if (!parsed._options.TryAdd(name, value))
            {
                throw new UsageException($"{name} is given twice.", command);
            }
        }

        return parsed;
    }

    /// <summary>Whether the flag or option <paramref name="name"/> was given.</summary>
    public bool Has(string name) => _options.ContainsKey(name);

    /// <summary>The value of <paramref name="name"/>, or <c>null</c>.</summary>
    public string? Value(string name) => _options.GetValueOrDefault(name);

    /// <summary>A number within [<paramref name="min"/>, <paramref name="max"/>], or <c>null</c> when absent.</summary>
    public double? Number(string name, double min, double max)
    {
        if (Value(name) is not { } text)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsNaN(value) || value < min || value > max)
        {
            throw new UsageException($"{name} must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)} (got '{text}').", _command);
        }

        return value;
    }

    /// <summary>A whole number within [<paramref name="min"/>, <paramref name="max"/>], or <c>null</c> when absent.</summary>
    public long? Integer(string name, long min, long max)
    {
        if (Value(name) is not { } text)
        {
            return null;
        }

        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new UsageException($"{name} must be a whole number from {min} to {max} (got '{text}').", _command);
        }

        return value;
    }

    /// <summary>A duration (<c>90s</c>, <c>5m</c>, <c>1h30m</c>, <c>00:05:00</c>), or <c>null</c> when absent.</summary>
    public TimeSpan? Duration(string name)
    {
        if (Value(name) is not { } text)
        {
            return null;
        }

        return DurationText.TryParse(text, out var value) && value > TimeSpan.Zero
            ? value
            : throw new UsageException($"{name} must be a positive duration such as 90s, 5m, 1h30m or 00:05:00 (got '{text}').", _command);
    }

    /// <summary>An absolute http(s) URL, or <paramref name="fallback"/> when absent.</summary>
    public Uri Url(string name, Uri fallback)
    {
        if (Value(name) is not { } text)
        {
            return fallback;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new UsageException($"{name} must be an http:// or https:// URL such as http://127.0.0.1:5080 (got '{text}').", _command);
        }

        return url.AbsolutePath.EndsWith('/') ? url : new Uri(url + "/");
    }
}
