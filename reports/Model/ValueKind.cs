namespace CorrAnalytics.Reports.Model;

public enum ValueKind { Text, Integer, Decimal1, Money, Percent }
