namespace OpsHub.Cli.Sending;

/// <summary>One bulk request: a body of several items for one of OpsHub's bulk doors.</summary>
/// <param name="Endpoint">Relative address, e.g. <see cref="Endpoints.Events"/>.</param>
/// <param name="MediaType">The body's media type, e.g. <c>application/x-ndjson</c>.</param>
/// <param name="Body">The items, encoded for the door.</param>
/// <param name="Items">How many items the body holds.</param>
internal sealed record BatchRequest(Uri Endpoint, string MediaType, string Body, int Items);
