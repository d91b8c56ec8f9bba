namespace NanoScan
{
    /// <summary>The constructs nanoCLR 1.x cannot run although the compiler emits them.</summary>
    public enum NanoRule
    {
        /// <summary>A type or method with generic parameters declared in the scanned assembly.</summary>
        GenericDefinition,

        /// <summary>A generic instantiation other than the generic delegates nano mscorlib defines.</summary>
        GenericInstantiation,

        /// <summary>A multi-dimensional array (<c>int[,]</c>), in a signature or created in IL.</summary>
        MultiDimensionalArray,

        /// <summary>A reference to an API nanoCLR does not provide.</summary>
        UnsupportedApi,

        /// <summary>The <c>localloc</c> opcode, emitted for C# <c>stackalloc</c>.</summary>
        StackAlloc,

        /// <summary>
        /// A static initialiser (a <c>.cctor</c>, or a method of its own type that it calls) that reads
        /// or writes another type's static field, calls another type's static method, or constructs a
        /// type that has static initialisers, where those types are defined in the same assembly.
        /// nanoCLR runs every static constructor eagerly at start-up in type-name order and swallows
        /// what they throw (nanoframework/Home#1156), so the other type may not be initialised yet.
        /// </summary>
        StaticInitOrder,
    }
}
