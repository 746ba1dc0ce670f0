using System.Runtime.CompilerServices;
using System.Text;

namespace ConflictTracker.Data.Tests.Infrastructure;

internal static class CodePages
{
    // Tests build Windows-1251/1252 input with Encoding.GetEncoding before any production
    // code has run; the provider must be registered whatever order xunit picks.
    [ModuleInitializer]
    internal static void Register() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
