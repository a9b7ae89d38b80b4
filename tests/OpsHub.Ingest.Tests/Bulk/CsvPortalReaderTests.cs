using System.Text;
using OpsHub.Ingest.Bulk;
using OpsHub.Ingest.Envelopes;
using OpsHub.Ingest.Events;

namespace OpsHub.Ingest.Tests.Bulk;

public sealed class CsvPortalReaderTests
{
    private const string Header = "MaHoSo,MaTTHC,MaDonVi,KenhThucHien,NgayTiepNhan,TrangThaiHoSo,TrichYeuHoSo\n";

    [Fact]
    public async Task KeepsQuotedCommasAndVietnameseTextWhenFieldsAreQuoted()
    {
        var results = await ReadAsync(Header + "\"Hồ-sơ-01\",P1,\"UBND-Phường-Bến-Nghé\",1,20261120091500,2,\"Khai sinh, bé \"\"Khôi\"\"\"\n");

        var received = (DossierReceived)results.ShouldHaveSingleItem().ShouldBeOfType<ItemAccepted>().Envelopes[0].Record;
        (received.DossierCode, received.UnitCode).ShouldBe(("Hồ-sơ-01", "UBND-Phường-Bến-Nghé"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReadsTheHeaderWhenTheFileHasOrLacksAByteOrderMark(bool bom)
    {
        var results = await ReadAsync(Header + "H1,P,U,1,20261120091500,2,x\n", bom);

        results.ShouldHaveSingleItem().ShouldBeOfType<ItemAccepted>();
    }

    [Fact]
    public async Task ReportsTheBadRowAndReadsTheOthersWhenOneRowIsBad()
    {
        var results = await ReadAsync(Header + "H1,P,U,1,20261120091500,2,x\r\nH2,P,U,1,2026-13-01,2,x\r\nH3,P,U,1,20261120091500,2,x\r\n");

        results.Select(r => (r.Position, r is ItemAccepted)).ShouldBe([(2, true), (3, false), (4, true)]);
        ((ItemRejected)results[1]).Errors["NgayTiepNhan"][0].ShouldStartWith("NgayTiepNhan '2026-13-01' is not yyyyMMddHHmmss");
    }

    [Fact]
    public async Task NumbersRowsByStartingLineWhenAQuotedFieldSpansLines()
    {
        var results = await ReadAsync(Header + "H1,P,U,1,20261120091500,2,\"dòng một\ndòng hai\"\nH2,P,U,1,20261120091500,2,x\n");

        results.Select(r => r.Position).ShouldBe([2, 4]);
    }

    [Fact]
    public async Task RejectsTheRowWhenItHasMoreFieldsThanTheHeader()
    {
        var results = await ReadAsync(Header + "H1,P,U,1,20261120091500,2,x,extra\n");

        results.ShouldHaveSingleItem().ShouldBeOfType<ItemRejected>().Reason.ShouldContain("8 fields");
    }

    [Fact]
    public async Task YieldsNothingWhenTheFileIsEmpty() => (await ReadAsync("")).ShouldBeEmpty();

    private static async Task<List<ItemResult>> ReadAsync(string text, bool bom = false)
    {
        var bytes = new UTF8Encoding(bom).GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        using var stream = new MemoryStream(bytes);
        var results = new List<ItemResult>();
        await foreach (var result in CsvPortalReader.ReadAsync(stream, cancellationToken: TestContext.Current.CancellationToken))
        {
            results.Add(result);
        }

        return results;
    }
}
