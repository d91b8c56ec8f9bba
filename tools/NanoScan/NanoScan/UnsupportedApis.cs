using System;

namespace NanoScan
{
    /// <summary>The APIs the scan reports when code references them, in one table.</summary>
    internal static class UnsupportedApis
    {
        private enum Scope
        {
            /// <summary>Every type in the namespace and its sub-namespaces.</summary>
            Namespace,

            /// <summary>The type and its nested types.</summary>
            Type,

            /// <summary>Members of that name on the type (all overloads).</summary>
            Member,
        }

        private const string NotInNanoEnum = "not in nano mscorlib (its Enum has only HasFlag and ToString)";
        private const string NoTasks = "nanoCLR has no Task or async/await support";
        private const string NoMath = "System.Math is in the nanoFramework.System.Math package, not available here";

        private static readonly (Scope Scope, string Name, string Reason)[] Table =
        [
            (Scope.Member, "System.Enum.GetValues", NotInNanoEnum),
            (Scope.Member, "System.Enum.GetValuesAsUnderlyingType", NotInNanoEnum),
            (Scope.Member, "System.Enum.GetNames", NotInNanoEnum),
            (Scope.Member, "System.Enum.GetName", NotInNanoEnum),
            (Scope.Member, "System.Enum.Parse", NotInNanoEnum),
            (Scope.Member, "System.Enum.TryParse", NotInNanoEnum),
            (Scope.Member, "System.Enum.IsDefined", NotInNanoEnum),
            (Scope.Member, "System.Enum.GetUnderlyingType", NotInNanoEnum),
            (Scope.Member, "System.Enum.Format", NotInNanoEnum),
            (Scope.Namespace, "System.Linq", "LINQ is not in nano mscorlib"),
            (Scope.Namespace, "System.Threading.Tasks", NoTasks),
            (Scope.Type, "System.Runtime.CompilerServices.AsyncVoidMethodBuilder", NoTasks),
            (Scope.Type, "System.Runtime.CompilerServices.AsyncTaskMethodBuilder", NoTasks),
            (Scope.Type, "System.Runtime.CompilerServices.AsyncTaskMethodBuilder`1", NoTasks),
            (Scope.Type, "System.Runtime.CompilerServices.AsyncValueTaskMethodBuilder", NoTasks),
            (Scope.Type, "System.Runtime.CompilerServices.AsyncValueTaskMethodBuilder`1", NoTasks),
            (Scope.Type, "System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder", NoTasks),
            (Scope.Type, "System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder`1", NoTasks),
            (Scope.Type, "System.Runtime.CompilerServices.AsyncIteratorMethodBuilder", NoTasks),
            (Scope.Type, "System.Runtime.CompilerServices.TaskAwaiter", NoTasks),
            (Scope.Type, "System.Runtime.CompilerServices.TaskAwaiter`1", NoTasks),
            (Scope.Type, "System.Runtime.CompilerServices.ValueTaskAwaiter", NoTasks),
            (Scope.Type, "System.Runtime.CompilerServices.ValueTaskAwaiter`1", NoTasks),
            (Scope.Type, "System.Runtime.CompilerServices.ConfiguredTaskAwaitable", NoTasks),
            (Scope.Type, "System.Runtime.CompilerServices.ConfiguredTaskAwaitable`1", NoTasks),
            (Scope.Type, "System.Runtime.CompilerServices.ConfiguredValueTaskAwaitable", NoTasks),
            (Scope.Type, "System.Runtime.CompilerServices.ConfiguredValueTaskAwaitable`1", NoTasks),
            (Scope.Type, "System.Runtime.CompilerServices.YieldAwaitable", NoTasks),
            (Scope.Type, "System.Math", NoMath),
            (Scope.Type, "System.MathF", NoMath),
            // A choice rather than a gap: nano's Console.Write/WriteLine(string) run Debug's native,
            // but its other overloads are missing, so firmware code is kept on Debug.
            (Scope.Type, "System.Console", "nano Console has only Write(string) and WriteLine(string): use System.Diagnostics.Debug"),
        ];

        /// <summary>Why a reference to this type or member is not allowed, or null when it is.</summary>
        /// <param name="ns">The type's namespace (of the outermost type when nested).</param>
        /// <param name="typeName">The type's name, nested names joined by '+', with arity suffix.</param>
        /// <param name="member">The member's name, or null for the type itself.</param>
        public static string? Reason(string ns, string typeName, string? member)
        {
            string type = ns.Length == 0 ? typeName : ns + "." + typeName;
            foreach ((Scope scope, string name, string reason) in Table)
            {
                bool hit = scope switch
                {
                    Scope.Namespace => ns == name || ns.StartsWith(name + ".", StringComparison.Ordinal),
                    Scope.Type => type == name || type.StartsWith(name + "+", StringComparison.Ordinal),
                    _ => member is not null && type + "." + member == name,
                };
                if (hit)
                {
                    return reason;
                }
            }

            return null;
        }
    }
}
