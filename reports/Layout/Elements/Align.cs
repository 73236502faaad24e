namespace CorrAnalytics.Reports.Layout.Elements;

public enum Align { Left, Center, Right }
