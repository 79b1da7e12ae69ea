import type { SeniorityLevel } from '../../data/bundle/types';

/** [canonical skill, share of listings asking for it, pay multiplier, change in share over the window]. */
export type SkillOdds = readonly [name: string, share: number, premium?: number, drift?: number];

/** How the synthetic listings of one role look. Shares are of that role's listings. */
export interface RoleProfile {
  slug: string;
  /** Relative number of listings. */
  weight: number;
  /** Base titles without a level; a level word is added around them. */
  titles: readonly string[];
  /** Title for executives ("Head of …", "Director of …"). */
  executiveTitles: readonly string[];
  seniority: ReadonlyArray<readonly [SeniorityLevel, number]>;
  skills: readonly SkillOdds[];
  /** Median annual pay (USD) by level, before skill premiums. */
  pay: Record<SeniorityLevel, number>;
  /** Spread of log pay, and a low band (contract, part-time, small firms) that pulls the lower quartile down. */
  sigma: number;
  lowShare: number;
  lowFactor: number;
  /** Share of listings that state pay. */
  salaried: number;
}

const LEVELS_ENGINEERING: RoleProfile['seniority'] = [
  ['intern', 1], ['entry', 6], ['mid', 12], ['senior', 55], ['lead', 14], ['executive', 2], ['unspecified', 10],
];
const LEVELS_ANALYST: RoleProfile['seniority'] = [
  ['intern', 3], ['entry', 18], ['mid', 20], ['senior', 32], ['lead', 9], ['executive', 2], ['unspecified', 16],
];

const payFrom = (senior: number): Record<SeniorityLevel, number> => ({
  intern: Math.round(senior * 0.38),
  entry: Math.round(senior * 0.6),
  mid: Math.round(senior * 0.8),
  senior,
  lead: Math.round(senior * 1.22),
  executive: Math.round(senior * 1.5),
  unspecified: Math.round(senior * 0.86),
});

/**
 * The roles `role-hub sample` writes. backend-engineer is tuned to look like the reference
 * "How to become a Backend Engineer" page: AWS the top skill in about 15% of listings, then SQL,
 * Python, CI/CD, Java, PostgreSQL, TypeScript and Docker; about 71% senior; about 80% with pay;
 * median pay near $125k with the middle half between about $76k and $162k.
 */
export const ROLE_PROFILES: readonly RoleProfile[] = [
  {
    slug: 'backend-engineer',
    weight: 16,
    titles: ['Backend Engineer', 'Back-End Developer', 'Software Engineer, Backend', 'Backend Software Engineer', 'Backend Developer', 'Java Backend Developer', 'Python Backend Engineer'],
    executiveTitles: ['Head of Backend Engineering', 'Director, Backend Engineering'],
    seniority: [['intern', 1], ['entry', 4], ['mid', 8], ['senior', 71], ['lead', 9], ['executive', 1], ['unspecified', 6]],
    skills: [
      ['AWS', 0.15], ['SQL', 0.11], ['Python', 0.09, 0.9], ['CI/CD', 0.082, 1.12], ['Java', 0.08], ['PostgreSQL', 0.078, 1.12],
      ['TypeScript', 0.072, 1, 0.5], ['Docker', 0.07], ['Go', 0.06, 0.9, 0.3], ['Kubernetes', 0.058, 1.05], ['Node.js', 0.05],
      ['REST APIs', 0.048], ['GCP', 0.04, 0.92], ['Redis', 0.04], ['Kafka', 0.038, 1.05], ['MongoDB', 0.035], ['Microservices', 0.034],
      ['C#', 0.03], ['.NET', 0.03], ['Spring', 0.03], ['Terraform', 0.028], ['Azure', 0.028], ['MySQL', 0.027], ['Git', 0.027],
      ['Linux', 0.026], ['Grafana', 0.022, 1.45], ['GraphQL', 0.02], ['DynamoDB', 0.018], ['Rust', 0.015, 1.1, 0.6],
      ['Ruby', 0.015], ['gRPC', 0.015], ['Django', 0.014], ['Elasticsearch', 0.014], ['RabbitMQ', 0.01], ['Scala', 0.01],
      ['Event sourcing', 0.006], ['OAuth', 0.005],
    ],
    pay: { intern: 58_000, entry: 88_000, mid: 112_000, senior: 152_000, lead: 178_000, executive: 215_000, unspecified: 120_000 },
    sigma: 0.25,
    lowShare: 0.33,
    lowFactor: 0.45,
    salaried: 0.82,
  },
  {
    slug: 'frontend-engineer',
    weight: 10,
    titles: ['Frontend Engineer', 'Front-End Developer', 'UI Engineer', 'React Developer', 'Software Engineer, Frontend', 'Frontend Developer'],
    executiveTitles: ['Head of Frontend Engineering', 'Director of Front-End Engineering'],
    seniority: LEVELS_ENGINEERING,
    skills: [
      ['React', 0.35, 1.04], ['JavaScript', 0.3], ['TypeScript', 0.28, 1.06, 0.4], ['CSS', 0.2], ['HTML', 0.18], ['Node.js', 0.08],
      ['Vue.js', 0.08], ['Angular', 0.08, 0.95, -0.4], ['Next.js', 0.06, 1.05, 0.8], ['Git', 0.06], ['Jest', 0.05], ['Redux', 0.05],
      ['GraphQL', 0.05, 1.05], ['Tailwind CSS', 0.04, 1, 0.8], ['Figma', 0.04], ['Accessibility', 0.04, 1.04], ['AWS', 0.04],
      ['Webpack', 0.03], ['Cypress', 0.03], ['Sass', 0.03], ['Storybook', 0.02], ['Playwright', 0.02, 1, 1], ['Vite', 0.02, 1, 1],
      ['jQuery', 0.015, 0.85, -0.6], ['Svelte', 0.01],
    ],
    pay: payFrom(125_000),
    sigma: 0.3,
    lowShare: 0.15,
    lowFactor: 0.55,
    salaried: 0.7,
  },
  {
    slug: 'full-stack-engineer',
    weight: 10,
    titles: ['Full Stack Engineer', 'Full-Stack Developer', 'Fullstack Software Engineer', 'Full Stack Developer'],
    executiveTitles: ['Head of Engineering (Full Stack)'],
    seniority: LEVELS_ENGINEERING,
    skills: [
      ['React', 0.28], ['JavaScript', 0.25], ['TypeScript', 0.22, 1.05, 0.4], ['Node.js', 0.22], ['Python', 0.12], ['SQL', 0.12],
      ['AWS', 0.12, 1.05], ['PostgreSQL', 0.08], ['HTML', 0.08], ['CSS', 0.08], ['MongoDB', 0.07], ['Docker', 0.07], ['Java', 0.06],
      ['Git', 0.06], ['Angular', 0.06, 0.95], ['C#', 0.05], ['.NET', 0.05], ['GraphQL', 0.05], ['Express', 0.05], ['Vue.js', 0.05],
      ['Next.js', 0.05, 1.05, 0.6], ['CI/CD', 0.05], ['Kubernetes', 0.03], ['Django', 0.03], ['Ruby on Rails', 0.03], ['Redis', 0.03],
    ],
    pay: payFrom(122_000),
    sigma: 0.32,
    lowShare: 0.15,
    lowFactor: 0.55,
    salaried: 0.72,
  },
  {
    slug: 'software-engineer',
    weight: 12,
    titles: ['Software Engineer', 'Software Developer', 'Application Developer', 'Software Development Engineer', 'Mobile Developer'],
    executiveTitles: ['Director of Software Engineering', 'VP, Software Development'],
    seniority: LEVELS_ENGINEERING,
    skills: [
      ['Python', 0.2], ['Java', 0.18], ['AWS', 0.12], ['C++', 0.1, 1.05], ['SQL', 0.1], ['JavaScript', 0.1], ['C#', 0.08], ['Git', 0.08],
      ['Linux', 0.08], ['Docker', 0.07], ['Go', 0.06, 1.05, 0.3], ['Kubernetes', 0.06], ['CI/CD', 0.06], ['TypeScript', 0.06],
      ['Azure', 0.06], ['React', 0.05], ['C', 0.04], ['GCP', 0.04], ['Rust', 0.03, 1.08, 0.6], ['Kotlin', 0.03], ['Microservices', 0.03],
      ['Spring', 0.03], ['Swift', 0.02],
    ],
    pay: payFrom(132_000),
    sigma: 0.33,
    lowShare: 0.15,
    lowFactor: 0.55,
    salaried: 0.7,
  },
  {
    slug: 'data-engineer',
    weight: 10,
    titles: ['Data Engineer', 'Big Data Engineer', 'Data Platform Engineer', 'Analytics Engineer', 'ETL Developer', 'Cloud Data Engineer'],
    executiveTitles: ['Head of Data Engineering', 'Director of Data Engineering'],
    seniority: LEVELS_ENGINEERING,
    skills: [
      ['SQL', 0.55], ['Python', 0.5], ['AWS', 0.3], ['Spark', 0.25, 1.06], ['Azure', 0.22], ['Snowflake', 0.18, 1.04, 0.3],
      ['Databricks', 0.15, 1.06, 0.5], ['Airflow', 0.15], ['Kafka', 0.14, 1.06], ['GCP', 0.1], ['Scala', 0.1, 1.08], ['dbt', 0.08, 1, 0.8],
      ['Redshift', 0.08], ['BigQuery', 0.08], ['PySpark', 0.08], ['Java', 0.08], ['Hadoop', 0.07, 0.95, -0.5], ['NoSQL', 0.06],
      ['Git', 0.06], ['Docker', 0.05], ['Kubernetes', 0.04], ['Terraform', 0.04], ['Tableau', 0.04], ['Power BI', 0.04],
      ['PostgreSQL', 0.04], ['Flink', 0.02, 1.1],
    ],
    pay: payFrom(132_000),
    sigma: 0.3,
    lowShare: 0.12,
    lowFactor: 0.55,
    salaried: 0.72,
  },
  {
    slug: 'data-scientist',
    weight: 8,
    titles: ['Data Scientist', 'Applied Scientist', 'Data Scientist, Product Analytics', 'Decision Scientist'],
    executiveTitles: ['Head of Data Science', 'Director of Data Science'],
    seniority: LEVELS_ENGINEERING,
    skills: [
      ['Python', 0.6], ['SQL', 0.5], ['R', 0.3, 0.97, -0.2], ['Machine learning', 0.2], ['Statistics', 0.12], ['AWS', 0.12],
      ['TensorFlow', 0.1, 1.05], ['PyTorch', 0.1, 1.08, 0.4], ['scikit-learn', 0.1], ['pandas', 0.1], ['Spark', 0.1, 1.05],
      ['Tableau', 0.08], ['SAS', 0.06, 0.93, -0.4], ['Azure', 0.06], ['Excel', 0.06, 0.9], ['GCP', 0.05], ['NumPy', 0.05],
      ['A/B testing', 0.05, 1.05], ['Databricks', 0.05], ['Deep learning', 0.05, 1.08], ['Keras', 0.04], ['NLP', 0.04, 1.06],
      ['Git', 0.04], ['LLMs', 0.03, 1.12, 1], ['Power BI', 0.03],
    ],
    pay: payFrom(138_000),
    sigma: 0.3,
    lowShare: 0.12,
    lowFactor: 0.55,
    salaried: 0.72,
  },
  {
    slug: 'data-analyst',
    weight: 10,
    titles: ['Data Analyst', 'Business Intelligence Analyst', 'Reporting Analyst', 'Marketing Data Analyst', 'BI Developer'],
    executiveTitles: ['Director of Data Analytics', 'Head of Data Analysis'],
    seniority: LEVELS_ANALYST,
    skills: [
      ['SQL', 0.55], ['Excel', 0.4, 0.95], ['Tableau', 0.3], ['Python', 0.28, 1.06], ['Power BI', 0.28, 1, 0.3], ['R', 0.15],
      ['PowerPoint', 0.08], ['SAS', 0.06], ['Looker', 0.05], ['Word', 0.05, 0.9], ['Snowflake', 0.05, 1.08], ['Statistics', 0.05],
      ['Azure', 0.04], ['AWS', 0.04], ['Google Sheets', 0.04], ['Alteryx', 0.03], ['Qlik', 0.03], ['VBA', 0.03], ['DAX', 0.03],
      ['BigQuery', 0.03, 1.06], ['SPSS', 0.02], ['Jira', 0.02],
    ],
    pay: payFrom(92_000),
    sigma: 0.3,
    lowShare: 0.15,
    lowFactor: 0.6,
    salaried: 0.75,
  },
  {
    slug: 'machine-learning-engineer',
    weight: 6,
    titles: ['Machine Learning Engineer', 'ML Engineer', 'AI Engineer', 'MLOps Engineer', 'Machine Learning Software Engineer'],
    executiveTitles: ['Head of Machine Learning Engineering', 'Director of ML Engineering'],
    seniority: LEVELS_ENGINEERING,
    skills: [
      ['Python', 0.6], ['PyTorch', 0.3, 1.05, 0.3], ['TensorFlow', 0.25, 1, -0.3], ['Machine learning', 0.25], ['AWS', 0.2],
      ['SQL', 0.15], ['Docker', 0.12], ['Kubernetes', 0.12, 1.05], ['Spark', 0.1], ['GCP', 0.1], ['scikit-learn', 0.1],
      ['Deep learning', 0.1, 1.05], ['LLMs', 0.1, 1.1, 1], ['Azure', 0.08], ['NLP', 0.08], ['MLflow', 0.06], ['C++', 0.06, 1.06],
      ['Hugging Face', 0.05, 1.05, 0.8], ['SageMaker', 0.05], ['Computer vision', 0.05], ['pandas', 0.05], ['Java', 0.04],
      ['Git', 0.04], ['Airflow', 0.04], ['Keras', 0.04], ['Go', 0.03], ['Kubeflow', 0.03],
    ],
    pay: payFrom(158_000),
    sigma: 0.3,
    lowShare: 0.1,
    lowFactor: 0.55,
    salaried: 0.7,
  },
  {
    slug: 'devops-engineer',
    weight: 7,
    titles: ['DevOps Engineer', 'Site Reliability Engineer', 'Platform Engineer', 'Infrastructure Engineer', 'DevSecOps Engineer'],
    executiveTitles: ['Head of DevOps', 'Director of Site Reliability Engineering'],
    seniority: LEVELS_ENGINEERING,
    skills: [
      ['AWS', 0.35], ['Kubernetes', 0.3, 1.05], ['Docker', 0.28], ['Terraform', 0.25, 1.04], ['CI/CD', 0.25], ['Linux', 0.22],
      ['Python', 0.18], ['Azure', 0.15], ['Jenkins', 0.12, 0.95, -0.4], ['Ansible', 0.1], ['Git', 0.1], ['Bash', 0.1], ['GCP', 0.08],
      ['Prometheus', 0.08], ['Grafana', 0.08, 1.06], ['Helm', 0.06], ['GitHub Actions', 0.06, 1, 0.8], ['Go', 0.05, 1.08],
      ['GitLab', 0.05], ['Datadog', 0.04], ['Azure DevOps', 0.04], ['PowerShell', 0.03], ['Argo CD', 0.03, 1.05, 0.8],
      ['Nginx', 0.02], ['Splunk', 0.02],
    ],
    pay: payFrom(132_000),
    sigma: 0.3,
    lowShare: 0.12,
    lowFactor: 0.55,
    salaried: 0.72,
  },
  {
    slug: 'cloud-engineer',
    weight: 6,
    titles: ['Cloud Engineer', 'AWS Cloud Engineer', 'Azure Cloud Engineer', 'Cloud Solutions Engineer', 'Cloud Architect'],
    executiveTitles: ['Head of Cloud Engineering', 'Director of Cloud Engineering'],
    seniority: LEVELS_ENGINEERING,
    skills: [
      ['AWS', 0.4], ['Azure', 0.35], ['Terraform', 0.2, 1.05], ['GCP', 0.15], ['Kubernetes', 0.15], ['Linux', 0.15], ['Python', 0.12],
      ['Docker', 0.12], ['CI/CD', 0.1], ['PowerShell', 0.06], ['Ansible', 0.06], ['CloudFormation', 0.06], ['SQL', 0.05],
      ['VMware', 0.05, 0.9, -0.4], ['Bash', 0.05], ['Serverless', 0.04], ['AWS Lambda', 0.04], ['Windows', 0.04, 0.9],
      ['Jenkins', 0.04], ['Git', 0.04], ['Azure DevOps', 0.04],
    ],
    pay: payFrom(128_000),
    sigma: 0.3,
    lowShare: 0.12,
    lowFactor: 0.55,
    salaried: 0.72,
  },
  {
    slug: 'business-analyst',
    weight: 5,
    titles: ['Business Analyst', 'Business Systems Analyst', 'IT Business Analyst', 'Business Process Analyst'],
    executiveTitles: ['Director of Business Analysis'],
    seniority: LEVELS_ANALYST,
    skills: [
      ['Excel', 0.35], ['SQL', 0.3, 1.06], ['Power BI', 0.15], ['Jira', 0.12], ['Tableau', 0.12], ['PowerPoint', 0.12], ['Word', 0.08],
      ['Visio', 0.08], ['Python', 0.08, 1.08], ['Confluence', 0.06], ['SharePoint', 0.05], ['SAP', 0.05, 1.05], ['Salesforce', 0.05],
    ],
    pay: payFrom(95_000),
    sigma: 0.28,
    lowShare: 0.15,
    lowFactor: 0.6,
    salaried: 0.72,
  },
];

/** Titles that name no role of the shipped roles file: real feeds carry some, and the builder must count them. */
export const UNCLASSIFIABLE_TITLES = ['Product Manager', 'Scrum Master', 'Technical Writer', 'QA Tester', 'IT Support Specialist'] as const;
