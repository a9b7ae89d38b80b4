using System.Text;
using OpsHub.Ingest.Bulk;
using OpsHub.Ingest.Envelopes;
using OpsHub.Ingest.Events;
using OpsHub.Ingest.Events.Counters;

namespace OpsHub.Ingest.Tests.Bulk;

public sealed class NdjsonReaderTests
{
    private const string Plain = """{"type":"dossier.completed","dossierCode":"D-1","occurredAt":"2026-11-20T15:00:00+07:00"}""";
    private const string Cloud = """{"specversion":"1.0","id":"c-1","source":"urn:kiosk","type":"vn.opshub.ticket.issued","time":"2026-11-20T08:00:00+07:00","data":{"unitCode":"U","ticketNumber":"A-1"}}""";

    [Fact]
    public async Task ReportsTheBrokenLineAndReadsTheOthersWhenOneLineInTheMiddleIsBroken()
    {
        var results = await ReadAsync($"{Plain}\n{{\"type\": \n{Cloud}\n");

        results.Select(r => (r.Position, r is ItemAccepted)).ShouldBe([(1, true), (2, false), (3, true)]);
        ((ItemRejected)results[1]).Reason.ShouldStartWith("Line 2 is not valid JSON");
    }

    [Fact]
    public async Task TellsCloudEventsFromPlainEventsWhenSpecVersionIsPresent()
    {
        var results = await ReadAsync($"{Cloud}\n{Plain}");

        var records = results.Cast<ItemAccepted>().Select(r => r.Envelopes[0]).ToList();
        records[0].Record.ShouldBeOfType<TicketIssued>();
        records[0].Source.ShouldBe("urn:kiosk");
        records[1].Record.ShouldBeOfType<DossierStatusChanged>();
        records[1].Source.ShouldBe("opshub");
    }

    [Fact]
    public async Task CountsBlankAndCarriageReturnLinesWhenNumberingLines()
    {
        var results = await ReadAsync($"\r\n{Plain}\r\n   \r\n{Plain}");

        results.Select(r => r.Position).ShouldBe([2, 4]);
        results.ShouldAllBe(r => r is ItemAccepted);
    }

    [Fact]
    public async Task SkipsAndReportsALineWhenItIsLongerThanTheLimit()
    {
        var longLine = "{\"type\":\"" + new string('x', 5000) + "\"}";
        var results = await ReadAsync($"{Plain}\n{longLine}\n{Plain}\n", maxLineBytes: 1000);

        results.Select(r => (r.Position, r is ItemAccepted)).ShouldBe([(1, true), (2, false), (3, true)]);
        ((ItemRejected)results[1]).Reason.ShouldContain("longer than");
    }

    [Fact]
    public async Task GivesThePlainEventTheSameIdWhenTheSameLineIsSentTwice()
    {
        var results = await ReadAsync($"{Plain}\n{Plain}\n{Plain.Replace("D-1", "D-2", StringComparison.Ordinal)}");

        var ids = results.Cast<ItemAccepted>().Select(r => r.Envelopes[0].Id).ToList();
        ids[0].ShouldStartWith("sha256:");
        ids[0].ShouldBe(ids[1]);
        ids[2].ShouldNotBe(ids[0]);
    }

    [Fact]
    public async Task DerivesThePlainEventsIdFromTheSha256OfItsUtf8TextWhenItHasNone()
    {
        // Ids already journaled were made this way: a change here would let a resent event in twice.
        var line = """{"type":"counter.opened","unitCode":"U","counterCode":"Q1","staff":"Nguyễn Thị Lạc","occurredAt":"2026-11-20T07:00:00+07:00"}""";

        var envelope = (await ReadAsync($"  {line}\r\n")).ShouldHaveSingleItem().ShouldBeOfType<ItemAccepted>().Envelopes[0];

        envelope.Id.ShouldBe("sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(line))));
    }

    [Fact]
    public async Task KeepsSourceIdAndSequenceWhenAPlainEventCarriesThem()
    {
        var line = """{"source":"hcc-01","id":"42","sequence":3,"type":"counter.opened","unitCode":"U","counterCode":"Q1","occurredAt":"2026-11-20T07:00:00+07:00"}""";

        var envelope = (await ReadAsync(line)).ShouldHaveSingleItem().ShouldBeOfType<ItemAccepted>().Envelopes[0];

        (envelope.Source, envelope.Id, envelope.Sequence).ShouldBe(("hcc-01", "42", (long?)3));
    }

    [Fact]
    public async Task RejectsALineWhenItIsJsonButNotAnObject()
    {
        var results = await ReadAsync($"[1,2]\n{Plain}");

        results[0].ShouldBeOfType<ItemRejected>().Position.ShouldBe(1);
        results[1].ShouldBeOfType<ItemAccepted>();
    }

    [Fact]
    public async Task ReadsEveryLineWhenTheInputSpansManyBuffers()
    {
        var text = string.Join('\n', Enumerable.Repeat(Plain, 2000));

        var results = await ReadAsync(text);

        results.Count.ShouldBe(2000);
        results[^1].Position.ShouldBe(2000);
        results.ShouldAllBe(r => r is ItemAccepted);
    }

    private static async Task<List<ItemResult>> ReadAsync(string text, int maxLineBytes = NdjsonReader.DefaultMaxLineBytes)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var results = new List<ItemResult>();
        await foreach (var result in NdjsonReader.ReadAsync(stream, maxLineBytes: maxLineBytes, cancellationToken: TestContext.Current.CancellationToken))
        {
            results.Add(result);
        }

        return results;
    }
}
