using System.Collections.Generic;

namespace NanoScan
{
    /// <summary>A type decoded from a signature blob: how to show it and what in it nanoCLR cannot run.</summary>
    internal sealed class SigType
    {
        private static readonly SignatureProblem[] NoProblems = [];

        public SigType(string display, string? ns = null, string? typeName = null, IReadOnlyList<SignatureProblem>? problems = null, bool isOpen = false)
        {
            Display = display;
            Namespace = ns;
            TypeName = typeName;
            Problems = problems ?? NoProblems;
            IsOpen = isOpen;
        }

        /// <summary>C#-like text, e.g. <c>Dictionary&lt;string, int&gt;</c>.</summary>
        public string Display { get; }

        /// <summary>Namespace of a named or instantiated generic type, else null.</summary>
        public string? Namespace { get; }

        /// <summary>Metadata name (nested with '+', arity suffix) of a named or instantiated generic type, else null.</summary>
        public string? TypeName { get; }

        /// <summary>Everything wrong inside this type, outermost first.</summary>
        public IReadOnlyList<SignatureProblem> Problems { get; }

        /// <summary>True when a generic parameter (<c>!0</c>, <c>!!0</c>) occurs inside.</summary>
        public bool IsOpen { get; }
    }

    /// <summary>One thing wrong inside a signature; <paramref name="Open"/> when it is a generic instantiation over generic parameters.</summary>
    internal readonly record struct SignatureProblem(NanoRule Rule, string Message, bool Open = false);
}
