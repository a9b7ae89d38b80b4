using System.Text.Json;
using OpsHub.Sla.Deadlines;

namespace OpsHub.Sla.Tests.Deadlines;

public sealed class ProcessingTimeTextTests
{
    [Theory]
    [InlineData("1 working day", 1, ProcessingTimeUnit.WorkingDays)]
    [InlineData("3 working days", 3, ProcessingTimeUnit.WorkingDays)]
    [InlineData("0.5 working days", 0.5, ProcessingTimeUnit.WorkingDays)]
    [InlineData("4 working hours", 4, ProcessingTimeUnit.WorkingHours)]
    [InlineData("1 Working Hour", 1, ProcessingTimeUnit.WorkingHours)]
    [InlineData("  30   calendar   days ", 30, ProcessingTimeUnit.CalendarDays)]
    public void ParsesAmountAndUnitWhenTextIsWellFormed(string text, double amount, ProcessingTimeUnit unit) =>
        ProcessingTimeText.Parse(text).ShouldBe(new ProcessingTime((decimal)amount, unit));

    [Theory]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("working days")]
    [InlineData("3 days")]
    [InlineData("-1 working days")]
    [InlineData("3,5 working days")]
    [InlineData("ba ngày làm việc")]
    public void RefusesTextWhenItIsNotAnAmountAndAKnownUnit(string text)
    {
        ProcessingTimeText.TryParse(text, out _).ShouldBeFalse();
        Should.Throw<FormatException>(() => ProcessingTimeText.Parse(text)).Message.ShouldContain("working days");
    }

    [Theory]
    [InlineData(1, ProcessingTimeUnit.WorkingDays, "1 working day")]
    [InlineData(0.5, ProcessingTimeUnit.WorkingDays, "0.5 working days")]
    [InlineData(15, ProcessingTimeUnit.CalendarDays, "15 calendar days")]
    [InlineData(2, ProcessingTimeUnit.WorkingHours, "2 working hours")]
    public void FormatsSoThatParsingGivesTheSameTimeWhenTimeIsValid(double amount, ProcessingTimeUnit unit, string expected)
    {
        var time = new ProcessingTime((decimal)amount, unit);

        ProcessingTimeText.Format(time).ShouldBe(expected);
        ProcessingTimeText.Parse(expected).ShouldBe(time);
    }

    [Theory]
    [InlineData(3, ProcessingTimeUnit.WorkingDays)]
    [InlineData(0.5, ProcessingTimeUnit.CalendarDays)]
    [InlineData(4, ProcessingTimeUnit.WorkingHours)]
    public void RoundTripsThroughSystemTextJsonWhenPersisted(double amount, ProcessingTimeUnit unit)
    {
        var time = new ProcessingTime((decimal)amount, unit);

        JsonSerializer.Deserialize<ProcessingTime>(JsonSerializer.Serialize(time)).ShouldBe(time);
    }
}
