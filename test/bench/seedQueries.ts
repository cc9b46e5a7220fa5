/**
 * The 13 ```dataview blocks of seed `003_854bcce906b0f224.txt` (a learner's backend MOC), verbatim,
 * in the order the MOC writes them. Kept here so `npm run bench` runs on a fresh clone without the seeds.
 */
export const SEED_003_QUERIES: readonly { name: string; source: string }[] = [
	{ name: "by difficulty: easy", source: "TABLE file.link AS \"Question\", subtopics AS \"Subtopics\", tags AS \"Tags\"\nFROM \"50-Backend\"\nWHERE difficulty = \"easy\"\nSORT file.name ASC\nLIMIT 50\n" },
	{ name: "by difficulty: medium", source: "TABLE file.link AS \"Question\", subtopics AS \"Subtopics\", tags AS \"Tags\"\nFROM \"50-Backend\"\nWHERE difficulty = \"medium\"\nSORT file.name ASC\nLIMIT 50\n" },
	{ name: "by difficulty: hard", source: "TABLE file.link AS \"Question\", subtopics AS \"Subtopics\", tags AS \"Tags\"\nFROM \"50-Backend\"\nWHERE difficulty = \"hard\"\nSORT file.name ASC\nLIMIT 50\n" },
	{ name: "all database", source: "TABLE difficulty, status\nFROM \"50-Backend\"\nWHERE contains(tags, \"database\") OR contains(tags, \"databases\") OR contains(subtopics, \"databases\")\nSORT difficulty ASC, file.name ASC\n" },
	{ name: "all SQL", source: "TABLE difficulty, status\nFROM \"50-Backend\"\nWHERE contains(tags, \"sql\") OR contains(tags, \"query-optimization\") OR contains(file.name, \"sql\")\nSORT difficulty ASC, file.name ASC\n" },
	{ name: "all API", source: "TABLE difficulty, status\nFROM \"50-Backend\"\nWHERE contains(tags, \"api\") OR contains(tags, \"rest\") OR contains(tags, \"graphql\") OR contains(tags, \"web-services\")\nSORT difficulty ASC, file.name ASC\n" },
	{ name: "all performance", source: "TABLE difficulty, status\nFROM \"50-Backend\"\nWHERE contains(tags, \"performance\") OR contains(tags, \"optimization\") OR contains(subtopics, \"performance\")\nSORT difficulty ASC, file.name ASC\n" },
	{ name: "all caching & storage", source: "TABLE difficulty, status\nFROM \"50-Backend\"\nWHERE contains(tags, \"caching\") OR contains(tags, \"redis\") OR contains(tags, \"storage\")\nSORT difficulty ASC, file.name ASC\n" },
	{ name: "all security", source: "TABLE difficulty, status\nFROM \"50-Backend\"\nWHERE contains(tags, \"security\") OR contains(tags, \"authentication\") OR contains(tags, \"authorization\")\nSORT difficulty ASC, file.name ASC\n" },
	{ name: "all scalability", source: "TABLE difficulty, status\nFROM \"50-Backend\"\nWHERE contains(tags, \"scalability\") OR contains(tags, \"architecture\") OR contains(tags, \"distributed-systems\")\nSORT difficulty ASC, file.name ASC\n" },
	{ name: "all transactions", source: "TABLE difficulty, status\nFROM \"50-Backend\"\nWHERE contains(tags, \"transactions\") OR contains(tags, \"acid\") OR contains(tags, \"consistency\")\nSORT difficulty ASC, file.name ASC\n" },
	{ name: "all questions", source: "TABLE difficulty, subtopics, status, tags\nFROM \"50-Backend\"\nSORT difficulty ASC, file.name ASC\n" },
	{ name: "statistics (GROUP BY)", source: "TABLE length(rows) as \"Count\"\nFROM \"50-Backend\"\nGROUP BY difficulty\nSORT difficulty ASC\n" },
];
