using System.Text;
using OpsHub.Ingest.Bulk;
using OpsHub.Ingest.Envelopes;

namespace OpsHub.Ingest.Tests.Bulk;

public sealed class CsvHostileInputTests
{
    private const string Header = "MaHoSo,MaTTHC,MaDonVi,KenhThucHien,NgayTiepNhan,TrangThaiHoSo\n";
    private const string Good = "H1,P,U,1,20261120091500,2\n";

    [Fact]
    public async Task RefusesOnlyTheRowWithBytesThatAreNotUtf8WhenTheFileHasSome()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Header + Good))
            .Concat(Encoding.Latin1.GetBytes("H-CAFÉ,P,U,1,20261120091500,2\n")).Concat(Encoding.UTF8.GetBytes("H3,P,U,1,20261120091500,2\n")).ToArray();

        var results = await ReadAsync(bytes);

        results.Select(r => (r.Position, r is ItemAccepted)).ShouldBe([(2, true), (3, false), (4, true)]);
        ((ItemRejected)results[1]).Reason.ShouldBe("Line 3 is not valid UTF-8 text; save the file as UTF-8.");
    }

    [Fact]
    public async Task KeepsAReplacementCharacterThatWasSentAsUtf8WhenNoByteWasInvalid()
    {
        var results = await ReadAsync(Encoding.UTF8.GetBytes(Header.TrimEnd('\n') + ",Note\n" + Good.TrimEnd('\n') + ",\uFFFD\n"));

        results.ShouldHaveSingleItem().ShouldBeOfType<ItemAccepted>();
    }

    [Fact]
    public async Task RefusesARowWithANulCharacter()
    {
        var results = await ReadAsync(Encoding.UTF8.GetBytes(Header + "H\0,P,U,1,20261120091500,2\n" + Good));

        results.Select(r => (r.Position, r is ItemAccepted)).ShouldBe([(2, false), (3, true)]);
        ((ItemRejected)results[0]).Reason.ShouldContain("NUL");
    }

    [Fact]
    public async Task RefusesAnOverLongRecordAtItsLineAndStopsWhenARecordExceedsTheLimit()
    {
        var longField = new string('w', CsvPortalReader.MaxRecordChars);
        var results = await ReadAsync(Encoding.UTF8.GetBytes(Header + Good + $"H2,\"{longField}\",U,1,20261120091500,2\n" + Good));

        results.Select(r => (r.Position, r is ItemAccepted)).ShouldBe([(2, true), (3, false)]);
        ((ItemRejected)results[1]).Reason.ShouldContain("starting on line 3 is longer than");
        ((ItemRejected)results[1]).Reason.ShouldContain("Reading stopped there");
    }

    private static async Task<List<ItemResult>> ReadAsync(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        var results = new List<ItemResult>();
        await foreach (var result in CsvPortalReader.ReadAsync(stream, cancellationToken: TestContext.Current.CancellationToken))
        {
            results.Add(result);
        }

        return results;
    }
}
