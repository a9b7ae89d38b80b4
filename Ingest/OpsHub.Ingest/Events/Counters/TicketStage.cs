namespace OpsHub.Ingest.Events.Counters;

/// <summary>The stages a ticket passes at a counter after it is issued.</summary>
public enum TicketStage
{
    /// <summary>Called to the counter; waiting time ends.</summary>
    Called = 1,

    /// <summary>Service started; service time starts.</summary>
    Serving = 2,

    /// <summary>Service completed; service time ends.</summary>
    Completed = 3,

    /// <summary>Called but the holder did not come.</summary>
    NoShow = 4,
}
