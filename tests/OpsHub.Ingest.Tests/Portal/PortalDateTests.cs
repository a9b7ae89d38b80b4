using OpsHub.Ingest.Portal;

namespace OpsHub.Ingest.Tests.Portal;

public sealed class PortalDateTests
{
    [Theory]
    [InlineData("20261120091500", 2026, 11, 20, 9, 15, 0)]
    [InlineData("20000101000000", 2000, 1, 1, 0, 0, 0)]
    [InlineData("20281231235959", 2028, 12, 31, 23, 59, 59)]
    [InlineData("20280229120000", 2028, 2, 29, 12, 0, 0)]
    public void ReadsVietnamLocalTimeWhenTextIsFourteenDigits(string text, int y, int mo, int d, int h, int mi, int s) =>
        PortalDate.TryParse(text).ShouldBe(new DateTimeOffset(y, mo, d, h, mi, s, TimeSpan.FromHours(7)));

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("20261301091500")]
    [InlineData("20270229120000")]
    [InlineData("2026112009150")]
    [InlineData("202611200915001")]
    [InlineData("20261120251500")]
    [InlineData("19991231235959")]
    [InlineData("2026112009150a")]
    public void RefusesTextWhenItIsNotAValidPortalDate(string text) => PortalDate.TryParse(text).ShouldBeNull();

    [Fact]
    public void FormatsInVietnamTimeWhenTheInstantHasAnotherOffset() =>
        PortalDate.ToText(new DateTimeOffset(2026, 11, 20, 2, 15, 0, TimeSpan.Zero)).ShouldBe("20261120091500");
}
