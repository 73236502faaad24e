namespace CorrAnalytics.Reports.Layout.Elements;

public enum Trend { None, Up, Down }
