namespace CorrAnalytics.Reports.Model;

/// <summary>
/// What a number is, which decides how it is printed and formatted in a workbook: a count, a figure
/// with one decimal, money (held in tenge, printed in million tenge with one decimal), money per person
/// or per day (held in tenge, printed in thousand tenge), a percentage (held as 38.5, not 0.385), or a
/// change, relative in per cent (of counts and money) or in percentage points (of percentages). A count
/// of events (incidents, persons in them) prints a true zero as the nil "—" (PUBLICATION §4).
/// </summary>
public enum ValueKind { Text, Integer, Decimal1, Money, MoneyPerHead, Percent, PercentChange, PointChange, Events }
