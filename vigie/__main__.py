from vigie.cli import main

# Guarded: worker processes started by the forkserver or spawn methods import the
# parent's main module (as __mp_main__) and must not run the command again.
if __name__ == "__main__":
    main()
