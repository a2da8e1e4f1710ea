from argmap.cli import main

raise SystemExit(main())
