namespace CorrAnalytics.Cli.Tests.Support;

/// <summary>Runs the corr command line in-process, as the launcher would, and captures what it prints.</summary>
public static class CorrRun
{
    public static CorrOutcome Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CorrApp.Run(args, output, error);
        return new CorrOutcome(code, output.ToString(), error.ToString());
    }
}
