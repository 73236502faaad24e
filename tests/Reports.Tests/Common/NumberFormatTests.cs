using System.Globalization;
using CorrAnalytics.Reports.Model;

namespace CorrAnalytics.Reports.Tests.Common;

/// <summary>Changes carry the sign of the figure as printed.</summary>
public class NumberFormatTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Theory]
    [InlineData(-0.04, ValueKind.Percent, "0.0 pp")]
    [InlineData(0.04, ValueKind.Percent, "0.0 pp")]
    [InlineData(0, ValueKind.Percent, "0.0 pp")]
    [InlineData(-0.05, ValueKind.Percent, "−0.1 pp")]
    [InlineData(-0.049, ValueKind.Integer, "0.0 %")]
    [InlineData(0.26, ValueKind.Integer, "+0.3 %")]
    [InlineData(-12.34, ValueKind.Money, "−12.3 %")]
    public void A_change_that_rounds_to_zero_has_no_sign(double change, ValueKind kind, string expected) =>
        Assert.Equal(expected, NumberFormat.Change((decimal)change, kind, English, "pp"));

    [Theory]
    [InlineData(0, ValueKind.Events, "—")]       // nil: no event of the kind
    [InlineData(1234, ValueKind.Events, "1,234")]
    [InlineData(0, ValueKind.Integer, "0")]      // a count that is not of events (juveniles held) stays 0
    public void A_true_zero_of_events_prints_nil_and_any_other_count_its_figure(int value, ValueKind kind, string expected) =>
        Assert.Equal(expected, NumberFormat.Format(value, kind, English));

    [Fact]
    public void A_flagged_figure_prints_its_symbol_after_a_no_break_space() =>
        Assert.Equal("1,260\u00A0r", NumberFormat.Format(new KindedValue(1260, ValueKind.Integer) { Flag = NumberFormat.Revised }, ValueKind.Integer, English));
}
