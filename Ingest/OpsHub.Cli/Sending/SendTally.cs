namespace OpsHub.Cli.Sending;

/// <summary>Counts what became of the events sent, and keeps the first few reasons for rejections and failures.</summary>
internal sealed class SendTally
{
    /// <summary>How many rejection reasons are kept for the summary.</summary>
    public const int KeptReasons = 5;

    private readonly List<string> _reasons = [];

    /// <summary>Applied (accepted by OpsHub for the first time).</summary>
    public long Applied { get; private set; }

    /// <summary>Answered as duplicates.</summary>
    public long Duplicates { get; private set; }

    /// <summary>Refused by OpsHub, or not even sent because they are not JSON.</summary>
    public long Rejected { get; private set; }

    /// <summary>Not delivered after every retry.</summary>
    public long Failed { get; private set; }

    /// <summary>Everything counted.</summary>
    public long Total => Applied + Duplicates + Rejected + Failed;

    /// <summary>The first <see cref="KeptReasons"/> rejection or failure reasons, each with where it happened.</summary>
    public IReadOnlyList<string> FirstReasons => _reasons;

    /// <summary>Counts an answer's applied and duplicate events (its rejections are counted one by one with <see cref="Reject"/>).</summary>
    public void AddDelivered(long applied, long duplicates)
    {
        Applied += applied;
        Duplicates += duplicates;
    }

    /// <summary>Counts <paramref name="count"/> rejected items; <paramref name="where"/> prefixes the reason (e.g. "line 12").</summary>
    public void Reject(string where, string reason, long count = 1)
    {
        Rejected += count;
        Keep(where, reason);
    }

    /// <summary>Counts <paramref name="count"/> items that could not be delivered.</summary>
    public void Fail(string where, string reason, long count)
    {
        Failed += count;
        Keep(where, reason);
    }

    /// <summary>Writes the outcome lines both commands' summaries share.</summary>
    public void WriteCounts(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"  applied      {Applied,10}");
        output.WriteLine($"  duplicates   {Duplicates,10}");
        output.WriteLine($"  rejected     {Rejected,10}");
        output.WriteLine($"  failed       {Failed,10}");
    }

    /// <summary>Writes the first reasons, when there are.</summary>
    public void WriteReasons(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (_reasons.Count == 0)
        {
            return;
        }

        output.WriteLine("  first problems:");
        foreach (var reason in _reasons)
        {
            output.WriteLine($"    {reason}");
        }
    }

    private void Keep(string where, string reason)
    {
        if (_reasons.Count < KeptReasons)
        {
            _reasons.Add($"{where}: {reason}");
        }
    }
}
