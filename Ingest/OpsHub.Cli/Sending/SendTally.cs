namespace OpsHub.Cli.Sending;

/// <summary>Counts what became of the events sent, and keeps the first few reasons for rejections.</summary>
internal sealed class SendTally
{
    /// <summary>How many rejection reasons are kept for the summary.</summary>
    public const int KeptReasons = 5;

    private readonly List<string> _reasons = [];

    /// <summary>Applied (202).</summary>
    public long Applied { get; private set; }

    /// <summary>Answered as duplicates (200).</summary>
    public long Duplicates { get; private set; }

    /// <summary>Rejected (4xx), or not even JSON.</summary>
    public long Rejected { get; private set; }

    /// <summary>Not delivered after every retry.</summary>
    public long Failed { get; private set; }

    /// <summary>Everything counted.</summary>
    public long Total => Applied + Duplicates + Rejected + Failed;

    /// <summary>The first <see cref="KeptReasons"/> rejection or failure reasons, each with where it happened.</summary>
    public IReadOnlyList<string> FirstReasons => _reasons;

    /// <summary>Counts <paramref name="result"/>; <paramref name="where"/> prefixes its reason (e.g. "line 12").</summary>
    public void Add(SendResult result, string where)
    {
        ArgumentNullException.ThrowIfNull(result);
        switch (result.Outcome)
        {
            case SendOutcome.Applied:
                Applied++;
                return;
            case SendOutcome.Duplicate:
                Duplicates++;
                return;
            case SendOutcome.Rejected:
                Rejected++;
                break;
            default:
                Failed++;
                break;
        }

        if (_reasons.Count < KeptReasons)
        {
            _reasons.Add($"{where}: {result.Reason}");
        }
    }

    /// <summary>Writes the outcome lines both commands' summaries share.</summary>
    public void WriteCounts(TextWriter output)
    {
        output.WriteLine($"  applied      {Applied,10}");
        output.WriteLine($"  duplicates   {Duplicates,10}");
        output.WriteLine($"  rejected     {Rejected,10}");
        output.WriteLine($"  failed       {Failed,10}");
    }
}
