using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OpsHub.Silo.Tests.Infrastructure;
using OpsHub.Testing;

namespace OpsHub.Silo.Tests.Hostile;

/// <summary>
/// An oversized body sent without Content-Length (chunked) over real HTTP: the in-memory test server of the corpus
/// has no body limit, Kestrel has, and the door must still say clearly why it stopped reading.
/// </summary>
public sealed class ChunkedBodyTests(PostgresServerFixture postgres)
{
    [Theory]
    [InlineData("application/json")]
    [InlineData("application/cloudevents+json")]
    public async Task ChunkedBodyOverTheLimitGetsA413ProblemNamingTheLimit(string contentType)
    {
        await using var server = new OpsHubServer(
            await postgres.CreateDatabaseAsync("hostile-chunked", TestContext.Current.CancellationToken), new FakeTimeProvider(HostileCorpusServer.Now), kestrel: true);
        server.StartServer();
        using var client = server.CreateClient();
        var body = Encoding.UTF8.GetBytes("{\"type\":\"dossier.received\",\"pad\":\"" + new string('x', 5 * 1024 * 1024) + "\"}");

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/events") { Content = new ChunkedContent(body, contentType) };
        request.Headers.TransferEncodingChunked = true;

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var problem = document.RootElement;
        problem.GetProperty("title").GetString().ShouldBe("Request too large");
        problem.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("4194304 bytes");
    }

    // Content whose length is not known in advance, so HttpClient sends it chunked.
    private sealed class ChunkedContent : HttpContent
    {
        private readonly byte[] _bytes;

        public ChunkedContent(byte[] bytes, string contentType)
        {
            _bytes = bytes;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
