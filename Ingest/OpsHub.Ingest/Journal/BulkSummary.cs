namespace OpsHub.Ingest.Journal;

/// <summary>What a bulk request came to: counts by outcome, and the refused items with their reasons.</summary>
public sealed class BulkSummary
{
    private readonly List<BulkRejection> _rejections = [];

    public int Accepted { get; private set; }

    public int Duplicate { get; private set; }

    public int Rejected { get; private set; }

    /// <summary>The first <see cref="BulkIntake.ListedRejections"/> refused items.</summary>
    public IReadOnlyList<BulkRejection> Rejections => _rejections;

    internal void Add(int position, DoorResult result)
    {
        switch (result.Outcome)
        {
            case DoorResult.Accepted:
                Accepted++;
                break;
            case DoorResult.Duplicate:
                Duplicate++;
                break;
            default:
                Rejected++;
                if (_rejections.Count < BulkIntake.ListedRejections)
                {
                    _rejections.Add(new BulkRejection(position, result.Outcome, result.Reason ?? "Refused.", result.Errors));
                }

                break;
        }
    }
}
