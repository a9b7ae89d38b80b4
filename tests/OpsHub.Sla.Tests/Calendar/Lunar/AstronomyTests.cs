using OpsHub.Sla.Calendar.Lunar;

namespace OpsHub.Sla.Tests.Calendar.Lunar;

/// <summary>The astronomical inputs against published values.</summary>
public sealed class AstronomyTests
{
    private static readonly DateTimeOffset J2000Utc = new(2000, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void NewMoonMatchesMeeusWorkedExampleWhenLunationIsFebruary1977()
    {
        // Astronomical Algorithms, example 49.a: the new moon of 1977 February 18, JDE 2443192.65118.
        NewMoon.Jde(-283).ShouldBe(2443192.65118, 0.00005);
    }

    [Theory]
    [InlineData("2024-02-09T22:59:00Z")]
    [InlineData("2025-01-29T12:36:00Z")]
    [InlineData("2026-02-17T12:01:00Z")]
    [InlineData("2030-02-02T16:07:00Z")]
    [InlineData("2007-02-17T16:14:00Z")]
    public void NewMoonIsWithinAMinuteOfPublishedTimeWhenLunationIsNearIt(string published)
    {
        var expected = Iso.Instant(published);
        var k = NewMoon.LunationBefore(ToJulianDay(expected) + 1);

        var jde = NewMoon.Jde(k);
        var actual = FromJulianDay(jde - DeltaT.Days(jde));

        (actual - expected).Duration().ShouldBeLessThan(TimeSpan.FromMinutes(1));
    }

    [Theory]
    [InlineData(0, "2024-03-20T03:06:00Z")]
    [InlineData(90, "2024-06-20T20:51:00Z")]
    [InlineData(180, "2024-09-22T12:44:00Z")]
    [InlineData(270, "2024-12-21T09:20:00Z")]
    [InlineData(0, "2025-03-20T09:01:00Z")]
    [InlineData(270, "2025-12-21T15:03:00Z")]
    [InlineData(270, "2030-12-21T20:10:00Z")]
    public void SunReachesLongitudeWithinTenMinutesOfPublishedTimeWhenItIsAnEquinoxOrSolstice(double longitude, string published)
    {
        var expected = Iso.Instant(published);

        var actual = FromJulianDay(CrossingUt(longitude, ToJulianDay(expected) - 1));

        (actual - expected).Duration().ShouldBeLessThan(TimeSpan.FromMinutes(10));
    }

    [Theory]
    [InlineData(1900, -2.79)]
    [InlineData(2000, 63.86)]
    [InlineData(2050, 93.0)]
    public void DeltaTIsNearTabulatedValueWhenYearIsGiven(double year, double seconds) =>
        DeltaT.Seconds(year).ShouldBe(seconds, 1.0);

    // Bisection on the UT instant at which the apparent longitude passes the target, within two days.
    private static double CrossingUt(double longitude, double fromUt)
    {
        double Offset(double ut) => ((SunLongitude.Apparent(ut + DeltaT.Days(ut)) - longitude + 540) % 360) - 180;

        var lo = fromUt;
        var hi = fromUt + 2;
        for (var i = 0; i < 50; i++)
        {
            var mid = (lo + hi) / 2;
            if (Offset(mid) < 0)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static double ToJulianDay(DateTimeOffset instant) => JulianDay.J2000 + (instant - J2000Utc).TotalDays;

    private static DateTimeOffset FromJulianDay(double julianDay) => J2000Utc.AddDays(julianDay - JulianDay.J2000);
}
