using System.Collections.Generic;

namespace NanoScan
{
    /// <summary>
    /// The generic types that nanoFramework mscorlib 1.17.11 itself defines: its only generic type
    /// definitions (it has no generic methods), read from its metadata. Everything else generic,
    /// Nullable&lt;T&gt; and Span&lt;T&gt; included, is absent there.
    /// </summary>
    internal static class AllowedGenerics
    {
        private static readonly HashSet<string> Names = new(System.StringComparer.Ordinal)
        {
            "System.Action`1",
            "System.Action`2",
            "System.Func`1",
            "System.Func`2",
            "System.Func`3",
            "System.EventHandler`1",
        };

        /// <summary>True when instantiating this generic type is allowed.</summary>
        /// <param name="fullName">Metadata name with namespace and arity, e.g. <c>System.Action`1</c>.</param>
        public static bool Contains(string fullName) => Names.Contains(fullName);
    }
}
