using System;

namespace NanoScan
{
    /// <summary>One construct nanoCLR cannot run, and where it is.</summary>
    /// <param name="Rule">The rule broken.</param>
    /// <param name="Location">The type (<c>Ns.Type</c>, nested <c>Ns.Outer+Inner</c>), member (<c>Ns.Type::Member</c>) or <c>&lt;module&gt;</c>.</param>
    /// <param name="Message">What is wrong, e.g. <c>generic instantiation List&lt;int&gt;</c>.</param>
    public sealed record NanoFinding(NanoRule Rule, string Location, string Message)
    {
        /// <summary>The rule's short id, e.g. <c>generic-instantiation</c>.</summary>
        public string RuleId => IdOf(Rule);

        /// <summary>One human-readable line: location, rule id, message.</summary>
        public string Description => Location + ": " + RuleId + ": " + Message;

        /// <summary>The short id printed for <paramref name="rule"/>.</summary>
        /// <param name="rule">A rule.</param>
        /// <returns>A lower-case, dash-separated id.</returns>
        public static string IdOf(NanoRule rule) => rule switch
        {
            NanoRule.GenericDefinition => "generic-definition",
            NanoRule.GenericInstantiation => "generic-instantiation",
            NanoRule.MultiDimensionalArray => "multi-dim-array",
            NanoRule.UnsupportedApi => "unsupported-api",
            NanoRule.StackAlloc => "stackalloc",
            NanoRule.StaticInitOrder => "static-init-order",
            _ => throw new ArgumentOutOfRangeException(nameof(rule)),
        };

        /// <inheritdoc/>
        public override string ToString() => Description;
    }
}
