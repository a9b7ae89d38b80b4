namespace OpsHub.Cli.Sending;

/// <summary>Delivers bulk requests to OpsHub; the commands never see HTTP.</summary>
internal interface IBatchSender
{
    /// <summary>Posts <paramref name="request"/> and says what OpsHub made of each item, after any retries.</summary>
    Task<BatchAnswer> SendAsync(BatchRequest request, CancellationToken cancellationToken);
}
