using CorrAnalytics.TestSupport;

namespace CorrAnalytics.Cli.Tests.Support;

/// <summary>
/// Runs the corr command line in-process, as the launcher would, and captures what it prints: on the
/// tests' clock (<see cref="TestClock.Running"/>) unless a test gives its own.
/// </summary>
public static class CorrRun
{
    public static CorrOutcome Run(params string[] args) => At(TestClock.Running(), args);

    /// <summary>The command at the time <paramref name="clock"/> says (a fake clock, a clock started at a chosen instant).</summary>
    public static CorrOutcome At(TimeProvider clock, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CorrApp.Run(args, output, error, clock);
        return new CorrOutcome(code, output.ToString(), error.ToString());
    }
}
