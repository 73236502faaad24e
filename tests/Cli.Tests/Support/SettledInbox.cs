using System.Runtime.CompilerServices;

namespace CorrAnalytics.Cli.Tests.Support;

/// <summary>
/// The command-line tests drop whole files into an inbox and load them at once: their inbox settles
/// without a window (CORR__INBOX__SETTLESECONDS=0, inherited by the corr processes they start).
/// SettleWindowTests sets the window itself on the command it runs.
/// </summary>
internal static class SettledInbox
{
    [ModuleInitializer]
    internal static void NoSettleWindow() => Environment.SetEnvironmentVariable("CORR__INBOX__SETTLESECONDS", "0");
}
