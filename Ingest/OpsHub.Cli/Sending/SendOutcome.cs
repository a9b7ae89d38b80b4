namespace OpsHub.Cli.Sending;

/// <summary>What became of one event.</summary>
internal enum SendOutcome
{
    /// <summary>202: applied.</summary>
    Applied = 1,

    /// <summary>200 with <c>"outcome": "duplicate"</c>: it had been applied before.</summary>
    Duplicate = 2,

    /// <summary>A 4xx answer: the event is wrong and sending it again will not help.</summary>
    Rejected = 3,

    /// <summary>No answer, or only transient errors, after every retry.</summary>
    Failed = 4,
}
